fn main() {
    let text = String::from("3000");
    let value: u16 = text.parse().expect("a port number");
    println!("port {}", value);
    let other = String::from("70000");
    let value: u16 = other.parse().expect("a port number");
    println!("never {}", value);
}
