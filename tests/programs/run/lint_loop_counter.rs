fn main() {
    let mut x: u8 = 250;
    loop {
        x += 1;
        let y = x;
        println!("{y}");
    }
}
