trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";
    fn area(&self) -> f64;
    fn describe(&self) -> String {
        format!("{} with {} sides and area {:.2}", Self::NAME, Self::SIDES, self.area())
    }
}

struct Square {
    side: f64,
}

impl Square {
    const UNIT: f64 = 1.0;
    fn unit() -> Square {
        Square { side: Self::UNIT }
    }
}

impl Shape for Square {
    const SIDES: u32 = 4;
    const NAME: &'static str = "square";
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

struct Triangle {
    base: f64,
    height: f64,
}

impl Shape for Triangle {
    const SIDES: u32 = 3;
    fn area(&self) -> f64 {
        0.5 * self.base * self.height
    }
}

fn sides<T: Shape>(_shape: &T) -> u32 {
    T::SIDES
}

fn main() {
    let s = Square { side: 2.5 };
    let t = Triangle { base: 3.0, height: 4.0 };
    println!("{}", s.describe());
    println!("{}", t.describe());
    println!("{} {}", sides(&s), sides(&t));
    println!("{} {}", Square::SIDES, Triangle::NAME);
    println!("{}", Square::unit().area());
}
