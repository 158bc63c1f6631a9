// `String::from_utf8` takes over the Vec's buffer: same capacity.
fn main() {
    let mut v: Vec<u8> = Vec::with_capacity(10);
    v.push(b'h');
    v.push(b'i');
    v.extend_from_slice(&[0xc3, 0xa9]);
    let s = String::from_utf8(v).unwrap();
    println!("{s} {} {}", s.len(), s.capacity());
    let bytes = vec![82, 117, 115, 116];
    let t = String::from_utf8(bytes).expect("valid UTF-8");
    println!("{t} {:?}", t.as_bytes());
    let hello = String::from("hello");
    let word = std::str::from_utf8(&hello.as_bytes()[1..4]).unwrap();
    println!("{word}");
    let empty = String::from_utf8(Vec::new()).unwrap();
    println!("[{empty}] {}", empty.capacity());
}
