#[derive(Debug)]
struct Meters(f64);

fn unit() -> &'static Meters {
    &Meters(1.5)
}

fn main() {
    let m = unit();
    println!("{:?} {}", m, m.0 * 2.0);
}
