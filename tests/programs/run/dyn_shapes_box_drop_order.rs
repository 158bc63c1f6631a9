trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Circle {
    radius: f64,
}

struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.radius * self.radius
    }
    fn name(&self) -> String {
        String::from("circle")
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

impl Drop for Circle {
    fn drop(&mut self) {
        println!("drop circle {}", self.radius);
    }
}

fn total(shapes: &Vec<Box<dyn Shape>>) -> f64 {
    let mut sum = 0.0;
    for s in shapes {
        sum += s.area();
    }
    sum
}

fn describe(s: &dyn Shape) {
    println!("{} has area {:.2}", s.name(), s.area());
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    shapes.push(Box::new(Circle { radius: 1.0 }));
    shapes.push(Box::new(Rect { w: 2.0, h: 3.0 }));
    let shapes2: Vec<Box<dyn Shape>> = vec![Box::new(Circle { radius: 2.0 }), Box::new(Rect { w: 1.0, h: 1.0 })];
    for s in &shapes {
        println!("{}: {:.3}", s.name(), s.area());
    }
    println!("total {:.3} {:.3}", total(&shapes), total(&shapes2));
    let c = Circle { radius: 5.0 };
    describe(&c);
    let r = Rect { w: 4.0, h: 0.5 };
    let d: &dyn Shape = &r;
    describe(d);
    println!("{}", std::mem::size_of::<&dyn Shape>());
    println!("{}", std::mem::size_of::<Box<dyn Shape>>());
    drop(shapes2);
    println!("end");
}
