fn main() {
    let t: (u8, u8) = (255, 1);
    let s = t.0 + t.1; //~ ERROR arithmetic_overflow
    println!("{s}");
}
