fn main() {
    let mut x: u8 = 255;
    let y: u8 = if x > 3 { 1 } else { 2 };
    x += y;
    let z = x;
    println!("{z}");
}
