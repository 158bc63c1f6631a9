trait Shape {
    fn area(&self) -> f64;
}

struct Circle(f64);

fn make() -> impl Shape { //~ ERROR E0277
    Circle(1.0)
}

fn main() {
    println!("{}", make().area());
}
