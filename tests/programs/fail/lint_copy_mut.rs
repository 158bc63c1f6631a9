fn main() {
    let mut x: u8 = 250;
    let t = x;
    x = t + 2;
    let y = x * 2; //~ ERROR arithmetic_overflow
    println!("{y}");
}
