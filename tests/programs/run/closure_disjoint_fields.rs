#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}
fn main() {
    let mut p = Point { x: 1, y: 2 };
    let mut bump_x = || p.x += 10;
    let y = &mut p.y;
    *y += 1;
    bump_x();
    bump_x();
    println!("{:?}", p);
}
