fn main() {
    for _ in 0..3 {
        let x: u8 = 255;
        let y = x + 1; //~ ERROR arithmetic_overflow
        println!("{y}");
    }
}
