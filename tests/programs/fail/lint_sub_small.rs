fn main() {
    let x = 5u8;
    let y = x - 6; //~ ERROR arithmetic_overflow
    println!("{}", y);
}
