fn main() {
    let mut x: u8 = 255;
    {
        x += 1; //~ ERROR arithmetic_overflow
    }
    let z = x;
    println!("{z}");
}
