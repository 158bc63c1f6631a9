fn main() {
    let text = String::from("first line\nsecond line\r\n\nfourth after a blank\n");
    for (i, line) in text.lines().enumerate() {
        println!("{:>2}: {:?}", i + 1, line);
    }
    println!("{} lines", text.lines().count());
}
