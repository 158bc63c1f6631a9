fn main() {
    let s = "a1b2c";
    for part in s.split(|c: char| c.is_ascii_digit()) { //~ UNSUPPORTED
        println!("{part}");
    }
}
