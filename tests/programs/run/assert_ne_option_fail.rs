#[derive(Debug, PartialEq)]
enum Shape {
    Circle(f64),
    Square { side: u32 },
}

fn main() {
    let a = Some(Shape::Square { side: 2 });
    assert_ne!(a, Some(Shape::Circle(1.5)));
    println!("different");
    assert_ne!(a, Some(Shape::Square { side: 2 }));
}
