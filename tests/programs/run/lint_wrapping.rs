fn main() {
    let x: u8 = 255;
    let y = x.wrapping_add(1);
    let z = x.checked_add(1);
    println!("{y} {z:?}");
}
