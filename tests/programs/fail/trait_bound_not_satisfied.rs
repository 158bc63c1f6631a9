trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);
struct Label(String);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn print_area<T: Shape>(shape: &T) {
    println!("{}", shape.area());
}

fn main() {
    print_area(&Square(2.0));
    print_area(&Label(String::from("not a shape"))); //~ ERROR E0277
}
