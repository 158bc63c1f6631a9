use std::fmt::Display;

trait Bracketed {
    fn bracketed(&self) -> String;
}

impl<T: Display> Bracketed for T {
    fn bracketed(&self) -> String {
        format!("[{}]", self)
    }
}

struct Meters(f64);

impl Display for Meters {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}m", self.0)
    }
}

fn main() {
    println!("{}", 5.bracketed());
    println!("{}", "text".bracketed());
    println!("{}", 'c'.bracketed());
    println!("{}", String::from("owned").bracketed());
    println!("{}", Meters(2.5).bracketed());
    let m = Meters(10.0);
    println!("{} {}", m.bracketed(), m.bracketed().len());
}
