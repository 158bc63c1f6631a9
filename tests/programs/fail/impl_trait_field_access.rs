trait Shape {
    fn area(&self) -> f64;
}

struct Square {
    side: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

fn make() -> impl Shape {
    Square { side: 1.0 }
}

fn main() {
    let shape = make();
    println!("{}", shape.side); //~ ERROR E0609
}
