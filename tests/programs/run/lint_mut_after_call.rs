fn hello() {
    println!("hello");
}
fn main() {
    let mut x: u8 = 255;
    hello();
    x += 1;
    let y = x;
    println!("{y}");
}
