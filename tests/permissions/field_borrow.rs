// Borrowing a field restricts that field and the whole struct, but not the
// other fields: a mutable borrow of `p.x` takes every permission from `p.x`
// and `p`, and `p.y` keeps its own until it is borrowed itself.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let x = &mut p.x;
    let y = &p.y;
    *x += *y;
    println!("{} {}", p.x, p.y);
}
