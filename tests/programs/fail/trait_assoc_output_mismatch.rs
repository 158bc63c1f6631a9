trait Shape {
    type Output;
    fn area(&self) -> Self::Output;
}

struct Square {
    side: u32,
}

impl Shape for Square {
    type Output = u32;

    fn area(&self) -> u64 { //~ ERROR E0053
        (self.side * self.side) as u64
    }
}

fn main() {
    println!("{}", Square { side: 3 }.area());
}
