#[derive(Debug)]
struct Meters(u32);

fn main() {
    let length: u32 = 3;
    let meters = Some(&length).map(Meters); //~ ERROR E0631
    println!("{:?}", meters);
}
