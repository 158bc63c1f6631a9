fn main() {
    let s = "hello  brave new world";
    for w in s.split_whitespace() {
        println!("[{w}]");
    }
}
