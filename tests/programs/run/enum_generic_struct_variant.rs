// Struct-like variants of a generic enum, and a generic function over it.
#[derive(Debug)]
enum Shape<T> {
    Rect { w: T, h: T },
    Square { side: T },
    Dot,
}
fn area<T: Copy + std::ops::Mul<Output = T> + Default>(shape: &Shape<T>) -> T {
    match shape {
        Shape::Rect { w, h } => *w * *h,
        Shape::Square { side } => *side * *side,
        Shape::Dot => T::default(),
    }
}
fn main() {
    let shapes = vec![Shape::Rect { w: 2, h: 3 }, Shape::Square { side: 4 }, Shape::Dot];
    for s in &shapes {
        println!("{:?} {}", s, area(s));
    }
    println!("{}", area(&Shape::Rect { w: 1.5, h: 2.0 }));
}
