// Growing the String may move its buffer away from the bytes.
fn main() {
    let mut s = String::from("abc");
    let first = &s.as_bytes()[0];
    s.push_str("def"); //~ ERROR E0502
    println!("{first}");
}
