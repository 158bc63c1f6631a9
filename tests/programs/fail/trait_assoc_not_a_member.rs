trait Shape {
    type Output;
    fn area(&self) -> Self::Output;
}

struct Square {
    side: u32,
}

impl Shape for Square {
    type Output = u32;
    type Extra = u8; //~ ERROR E0437

    fn area(&self) -> u32 {
        self.side * self.side
    }
}

fn main() {
    println!("{}", Square { side: 3 }.area());
}
