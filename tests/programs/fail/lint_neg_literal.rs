fn main() {
    let a: i8 = -128;
    let b = -a; //~ ERROR arithmetic_overflow
    let c: i32 = -2147483648;
    println!("{b} {c}");
}
