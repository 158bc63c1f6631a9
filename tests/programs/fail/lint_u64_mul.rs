fn main() {
    let a: u64 = 1 << 40;
    let b = a * a; //~ ERROR arithmetic_overflow
    println!("{b}");
}
