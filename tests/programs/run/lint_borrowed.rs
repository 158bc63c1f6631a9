fn main() {
    let x: u8 = 255;
    let r = &x;
    println!("{r}");
    let y = x + 1;
    println!("{y}");
}
