fn main() {
    println!("{}", "".lines().count());
    println!("{}", "\n".lines().count());
    println!("{}", "\n\n".lines().count());
    println!("{:?}", "no newline".lines().collect::<Vec<_>>());
    println!("{:?}", "bare\r".lines().collect::<Vec<_>>());
    println!("{:?}", "a\r\nb\r\n".lines().collect::<Vec<_>>());
    println!("{:?}", "a\r\rb\n\r\n".lines().collect::<Vec<&str>>());
}
