fn main() {
    let good: i32 = "10".parse().unwrap();
    println!("good {}", good);
    let bad: i32 = "ten".parse().unwrap();
    println!("never {}", bad);
}
