trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn print_area<T>(shape: &T) {
    println!("{}", shape.area()); //~ ERROR E0599
}

fn main() {
    print_area(&Square(2.0));
}
