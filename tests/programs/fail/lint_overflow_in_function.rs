fn bump() -> u8 {
    let x: u8 = 250;
    x + 10 //~ ERROR arithmetic_overflow
}
fn main() {
    println!("{}", bump());
}
