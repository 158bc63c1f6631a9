#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let points = vec![Point { x: 1, y: 2 }, Point { x: 3, y: 4 }];
    let mut it = points.iter();
    let p = it.next().unwrap();
    println!("{} {}", p.x, p.y);
    println!("{:?}", it.next());
    println!("{:?}", it);
}
