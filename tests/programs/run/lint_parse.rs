fn main() {
    let x: u8 = "255".parse().unwrap();
    println!("{}", x + 1);
}
