fn add_one(x: u8) -> u8 {
    x + 1
}
fn main() {
    println!("{}", add_one(255));
}
