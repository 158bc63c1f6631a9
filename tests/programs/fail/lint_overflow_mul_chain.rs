fn main() {
    let x: u8 = 16;
    let y = x * 4;
    let z = y * 4; //~ ERROR arithmetic_overflow
    println!("{z}");
}
