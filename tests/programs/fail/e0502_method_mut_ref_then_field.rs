struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn x_mut(&mut self) -> &mut i32 {
        &mut self.x
    }
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let x = p.x_mut();
    let y = &p.y; //~ ERROR E0502
    *x += *y;
}
