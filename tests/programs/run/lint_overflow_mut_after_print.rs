fn main() {
    let mut x: u8 = 255;
    println!("start");
    x += 1;
    let y = x;
    println!("{y}");
}
