trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn make_square(side: f64) -> impl Shape {
    Square(side)
}

fn main() {
    println!("{}", make_square(2.0).area());
}
