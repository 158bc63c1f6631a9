fn main() {
    let x: u8 = 200 + 100; //~ ERROR arithmetic_overflow
    println!("{x}");
}
