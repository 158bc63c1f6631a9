// `as_bytes` (a `&[u8]` into the string's buffer) is not modelled yet.
fn main() {
    let s = String::from("hi!");
    let bytes = s.as_bytes(); //~ UNSUPPORTED
    println!("{:?} {}", bytes, bytes[0]);
}
