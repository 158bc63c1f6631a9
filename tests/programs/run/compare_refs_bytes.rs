fn main() {
    let text = String::from("hi there");
    let bytes = text.as_bytes();
    println!("{}", bytes == b"hi there");
    println!("{}", &bytes[..2] == b"hi");
    let two = &bytes[..2];
    println!("{}", *two == [104, 105]);
    assert_eq!(&bytes[3..], b"there");
    let v = bytes.to_vec();
    println!("{}", v == bytes);
    assert_eq!(v, b"hi there");
}
