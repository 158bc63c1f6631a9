// `as_bytes` on a String and a `&str`: indexing, length, Debug.
fn main() {
    let s = String::from("hi!");
    let bytes = s.as_bytes();
    println!("{:?} {} {}", bytes, bytes[0], bytes.len());
    println!("{}", bytes.is_empty());
    let t: &str = "héllo";
    let b = t.as_bytes();
    println!("{:?}", b);
    println!("{} {}", b.len(), b[1]);
    let empty = String::new();
    println!("{:?} {}", empty.as_bytes(), empty.as_bytes().is_empty());
    println!("{:?}", &s.as_bytes()[1..]);
}
