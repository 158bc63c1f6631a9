// Circles and distances.
struct Point {
    x: f64,
    y: f64,
}

fn distance(a: &Point, b: &Point) -> f64 {
    let dx = b.x - a.x;
    let dy = b.y - a.y;
    (dx * dx + dy * dy).sqrt()
}

fn circle_area(radius: f64) -> f64 {
    std::f64::consts::PI * radius * radius
}

fn main() {
    let origin = Point { x: 0.0, y: 0.0 };
    let p = Point { x: 3.0, y: 4.0 };
    let q = Point { x: -1.5, y: 2.25 };
    println!("|op| = {}", distance(&origin, &p));
    println!("|oq| = {:.4}", distance(&origin, &q));
    println!("|pq| = {}", distance(&p, &q));
    let mut r = 0.5;
    while r < 3.0 {
        println!("r = {:<4} area = {:>8.3} circumference = {:.3}", r, circle_area(r), 2.0 * std::f64::consts::PI * r);
        r += 0.75;
    }
    let mid = Point { x: (p.x + q.x) / 2.0, y: (p.y + q.y) / 2.0 };
    println!("midpoint ({}, {})", mid.x, mid.y);
}
