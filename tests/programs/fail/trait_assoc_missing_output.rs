trait Shape {
    type Output;
    fn area(&self) -> Self::Output;
}

struct Square {
    side: u32,
}

impl Shape for Square { //~ ERROR E0046
    fn area(&self) -> u32 {
        self.side * self.side
    }
}

fn main() {
    println!("{}", Square { side: 3 }.area());
}
