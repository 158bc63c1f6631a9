// Byte comparisons: whole slices against byte-string literals, single bytes
// against byte literals.
fn main() {
    let s = String::from("hi");
    let b = s.as_bytes();
    println!("{}", b == b"hi");
    println!("{}", b == b"ho");
    println!("{}", b[0] == b'h');
    println!("{}", b[1] == b'a');
    let t = "abc";
    println!("{}", t.as_bytes() == b"abc");
    println!("{}", t.as_bytes() != s.as_bytes());
    println!("{}", b"abc" == t.as_bytes());
    let empty: &[u8] = b"";
    println!("{}", "".as_bytes() == empty);
}
