// Slice methods over the bytes of a String: copies, ends, halves, windows,
// searches.
fn main() {
    let s = String::from("hello");
    let b = s.as_bytes();
    println!("{:?}", b.to_vec());
    println!("{:?} {:?}", b.first(), b.last());
    let (x, y) = b.split_at(2);
    println!("{:?} {:?}", x, y);
    for w in b.windows(2) { print!("{:?}", w); }
    println!();
    println!("{:?}", b.iter().max());
    println!("{:?}", b.iter().position(|&c| c == b'l'));
    println!("{:?}", b.binary_search(&b'h'));
}
