struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let whole = &mut p;
    let x = &mut p.x; //~ ERROR E0499
    *x += 1;
    whole.y += 1;
    println!("{} {}", p.x, p.y);
}
