fn main() {
    let x: u8 = 255;
    let c = || x + 1;
    println!("{}", c());
}
