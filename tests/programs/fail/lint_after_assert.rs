fn main() {
    let x: u8 = 255;
    assert!(x > 3);
    let y = x + 1; //~ ERROR arithmetic_overflow
    println!("{y}");
}
