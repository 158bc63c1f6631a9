fn check(flag: bool) {
    let x: u8 = 255;
    if flag {
        let y = x + 1; //~ ERROR arithmetic_overflow
        println!("{y}");
    }
}
fn main() {
    check(false);
}
