fn main() {
    let a: u32 = 3;
    let b: u32 = 5;
    let c = a - b; //~ ERROR arithmetic_overflow
    println!("{c}");
}
