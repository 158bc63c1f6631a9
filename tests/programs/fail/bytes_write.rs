// `as_bytes` gives shared bytes: writing through them is not allowed.
fn main() {
    let s = String::from("hello");
    let bytes = s.as_bytes();
    bytes[0] = b'H'; //~ ERROR E0594
    println!("{:?}", bytes);
}
