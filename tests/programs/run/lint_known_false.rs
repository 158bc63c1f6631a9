fn main() {
    let x: u8 = 255;
    if x < 10 {
        let y = x + 1;
        println!("{y}");
    }
    println!("done");
}
