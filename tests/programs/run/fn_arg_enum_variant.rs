#[derive(Debug)]
enum Shape {
    Circle(f64),
    Square(f64),
}

fn main() {
    let radii = [1.0, 2.5];
    let circles: Vec<Shape> = radii.iter().copied().map(Shape::Circle).collect();
    let squares: Vec<Shape> = radii.into_iter().map(Shape::Square).collect();
    println!("{:?} {:?}", circles, squares);
}
