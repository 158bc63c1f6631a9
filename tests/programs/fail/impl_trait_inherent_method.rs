trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Square {
    fn side(&self) -> f64 {
        self.0
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn make_square(side: f64) -> impl Shape {
    Square(side)
}

fn main() {
    let square = make_square(2.0);
    println!("{}", square.area());
    println!("{}", square.side()); //~ ERROR E0599
}
