trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn unit_square() -> impl Shape {
    Square(1.0)
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(unit_square()), Box::new(Square(3.0))];
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("{}", total);
    let all = vec![unit_square(), unit_square()];
    println!("{}", all.len());
}
