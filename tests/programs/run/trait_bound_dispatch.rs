trait Shape {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn name(&self) -> String;
}

struct Rect {
    w: f64,
    h: f64,
}

struct Circle {
    r: f64,
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.w + self.h)
    }
    fn name(&self) -> String {
        format!("{}x{} rectangle", self.w, self.h)
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.r * self.r
    }
    fn perimeter(&self) -> f64 {
        2.0 * std::f64::consts::PI * self.r
    }
    fn name(&self) -> String {
        format!("circle of radius {}", self.r)
    }
}

fn report<S: Shape>(shape: &S) {
    println!("{}: area {:.3}, perimeter {:.3}", shape.name(), shape.area(), shape.perimeter());
}

fn bigger<'a, S: Shape, T: Shape>(a: &'a S, b: &'a T) -> String {
    if a.area() >= b.area() { a.name() } else { b.name() }
}

fn main() {
    let r = Rect { w: 3.0, h: 4.5 };
    let c = Circle { r: 2.0 };
    report(&r);
    report(&c);
    println!("bigger: {}", bigger(&r, &c));
    println!("bigger: {}", bigger(&c, &Rect { w: 10.0, h: 10.0 }));
}
