trait Shape {
    type Output;
    fn area(&self) -> Self::Output;
}

struct Square(u32);

impl Shape for Square {
    type Output = u32;
    fn area(&self) -> u32 {
        self.0 * self.0
    }
}

fn main() {
    let s = Square(3);
    println!("{}", s.area());
    println!("{}", Shape::area(&s)); //~ UNSUPPORTED
}
