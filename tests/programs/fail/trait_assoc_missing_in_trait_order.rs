trait Shape {
    fn area(&self) -> f64;
    type Unit;
    const SIDES: u8;
}

struct Square;

impl Shape for Square { //~ ERROR E0046
}

fn main() {
    let _s = Square;
}
