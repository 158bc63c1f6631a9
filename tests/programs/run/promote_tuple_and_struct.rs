#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn origin() -> &'static Point {
    &Point { x: 0, y: 0 }
}

fn pair() -> &'static (i32, bool) {
    &(4, true)
}

fn main() {
    println!("{:?} {:?}", origin(), pair());
}
