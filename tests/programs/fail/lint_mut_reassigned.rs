fn main() {
    let mut x: u8 = 0;
    x = 255;
    let y = x + 1; //~ ERROR arithmetic_overflow
    println!("{y}");
}
