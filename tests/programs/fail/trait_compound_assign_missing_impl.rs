#[derive(Debug)]
struct Meters(f64);

fn main() {
    let mut m = Meters(1.0);
    m += Meters(2.0); //~ ERROR E0368
    println!("{:?}", m);
}
