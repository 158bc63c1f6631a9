struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let Point { x } = p; //~ ERROR E0027
    println!("{x}");
}
