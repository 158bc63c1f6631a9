struct Point {
    x: i32,
    y: i32,
}
fn main() {
    let mut p = Point { x: 1, y: 2 };
    let mut bump_x = || p.x += 10;
    let x = &p.x; //~ ERROR E0502
    bump_x();
    println!("{} {}", x, p.y);
}
