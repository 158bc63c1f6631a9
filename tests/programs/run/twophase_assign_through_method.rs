struct Point {
    x: i32,
}

impl Point {
    fn x_mut(&mut self) -> &mut i32 {
        &mut self.x
    }
}

fn main() {
    let mut p = Point { x: 1 };
    *p.x_mut() = p.x + 4;
    *p.x_mut() += p.x;
    println!("{}", p.x);
}
