trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

enum Basic {
    Square(f64),
    Rect { w: f64, h: f64 },
}

impl Shape for Basic {
    fn area(&self) -> f64 {
        match self {
            Basic::Square(s) => s * s,
            Basic::Rect { w, h } => w * h,
        }
    }
}

struct Circle {
    r: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> String {
        String::from("circle")
    }
}

impl Drop for Basic {
    fn drop(&mut self) {
        println!("drop basic {}", self.area());
    }
}

fn total(shapes: &[Box<dyn Shape>]) -> f64 {
    let mut sum = 0.0;
    for s in shapes {
        sum += s.area();
    }
    sum
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Basic::Square(2.0)),
        Box::new(Circle { r: 1.0 }),
        Box::new(Basic::Rect { w: 2.0, h: 3.5 }),
    ];
    for s in &shapes {
        println!("{} {}", s.name(), s.area());
    }
    println!("total {}", total(&shapes));
}
