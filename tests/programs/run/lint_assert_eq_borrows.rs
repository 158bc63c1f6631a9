fn main() {
    let x: u8 = 255;
    assert_eq!(x, 255);
    let y = x + 1;
    println!("{y}");
}
