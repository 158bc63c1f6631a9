#[derive(Debug)]
struct Meters(u32);

fn main() {
    let lengths = [3, 5, 8];
    let meters: Vec<Meters> = lengths.into_iter().map(Meters).collect();
    println!("{:?}", meters);
}
