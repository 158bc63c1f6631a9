trait Shape {
    fn area(&self) -> f64;
}

struct Square(u32);

impl Shape for Square {
    fn area(&self) -> u32 { //~ ERROR E0053
        self.0 * self.0
    }
}

fn main() {
    println!("{}", Square(3).area());
}
