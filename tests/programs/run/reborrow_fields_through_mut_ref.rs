struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let r = &mut p;
    let x = &mut r.x;
    let y = &mut r.y;
    *x += *y;
    *y = 0;
    println!("{} {}", p.x, p.y);
}
