fn main() {
    let s = String::new();
    let mut chars = s.chars();
    println!("start");
    let c = chars.next().unwrap();
    println!("{c}");
}
