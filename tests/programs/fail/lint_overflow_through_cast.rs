fn main() {
    let n = 300i32;
    let b = n as u8;
    let c = b * 10; //~ ERROR arithmetic_overflow
    println!("{c}");
}
