fn main() {
    let v: Vec<u8> = vec![100, 100, 100];
    let partial: u8 = v.iter().take(2).sum();
    println!("{partial}");
    let total: u8 = v.iter().sum();
    println!("{total}");
}
