// A `[u8]` range of a string's bytes is bounds-checked like any slice.
fn main() {
    let s = String::from("abc");
    let b = &s.as_bytes()[1..5];
    println!("{:?}", b);
}
