use std::mem::size_of;

trait Shape {
    fn area(&self) -> f64;
    fn kind(&self) -> &'static str;
}

struct Circle {
    r: f64,
}

struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn kind(&self) -> &'static str {
        "circle"
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn kind(&self) -> &'static str {
        "rect"
    }
}

fn make(n: u32) -> Box<dyn Shape> {
    if n % 2 == 0 {
        Box::new(Circle { r: n as f64 })
    } else {
        Box::new(Rect { w: n as f64, h: 2.0 })
    }
}

fn main() {
    println!("&Circle {} &dyn Shape {} Box<dyn Shape> {}", size_of::<&Circle>(), size_of::<&dyn Shape>(), size_of::<Box<dyn Shape>>());
    println!("Circle {} Rect {} Vec<Box<dyn Shape>> {}", size_of::<Circle>(), size_of::<Rect>(), size_of::<Vec<Box<dyn Shape>>>());
    let mut total = 0.0;
    for n in 0..5 {
        let s = make(n);
        println!("{} {} {}", n, s.kind(), s.area());
        total += s.area();
    }
    println!("total {}", total);
}
