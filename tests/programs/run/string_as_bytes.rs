// `as_bytes`: a `&[u8]` into the string's buffer.
fn main() {
    let s = String::from("hi!");
    let bytes = s.as_bytes();
    println!("{:?} {}", bytes, bytes[0]);
}
