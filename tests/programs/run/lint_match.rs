fn main() {
    let o: Option<u8> = Some(255);
    let x = match o {
        Some(v) => v,
        None => 0,
    };
    let y = x + 1;
    println!("{y}");
}
