use std::rc::Rc;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Square(f64);
struct Circle(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        String::from("square")
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
    fn name(&self) -> String {
        String::from("circle")
    }
}

impl Drop for Circle {
    fn drop(&mut self) {
        println!("drop circle {}", self.0);
    }
}

struct Scene {
    shapes: Vec<Rc<dyn Shape>>,
}

fn main() {
    let circle: Rc<dyn Shape> = Rc::new(Circle(1.0));
    let first = Scene {
        shapes: vec![Rc::clone(&circle), Rc::new(Square(2.0))],
    };
    let second = Scene {
        shapes: vec![circle.clone()],
    };
    println!("{}", Rc::strong_count(&circle));
    for shape in &first.shapes {
        println!("{} {}", shape.name(), shape.area());
    }
    drop(first);
    println!("{}", Rc::strong_count(&circle));
    drop(circle);
    println!("{} left", second.shapes.len());
    println!("{}", std::mem::size_of::<Rc<dyn Shape>>());
}
