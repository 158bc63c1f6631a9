fn main() {
    let x: u8 = 1;
    let y = x << 8; //~ ERROR arithmetic_overflow
    println!("{y}");
}
