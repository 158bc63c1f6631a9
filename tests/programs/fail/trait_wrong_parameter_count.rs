trait Scale {
    fn scale(&self, factor: f64) -> f64;
}

struct Length(f64);

impl Scale for Length {
    fn scale(&self) -> f64 { //~ ERROR E0050
        self.0 * 2.0
    }
}

fn main() {
    println!("{}", Length(1.5).scale()); //~ ERROR E0061
}
