#[derive(PartialEq)]
struct Point {
    x: i32,
}

fn main() {
    let (p, q) = (Point { x: 1 }, Point { x: 2 });
    let (rp, rq) = (&p, &q);
    println!("{}", rp < rq); //~ ERROR E0369
}
