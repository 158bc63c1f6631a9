// Invalid UTF-8: `unwrap` panics with std's `FromUtf8Error`.
fn main() {
    let v = vec![b'o', b'k', 0xff, b'!'];
    println!("converting");
    let s = String::from_utf8(v).unwrap();
    println!("{s}");
}
