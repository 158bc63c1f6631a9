// Half of a two-byte character is not UTF-8: `expect` panics with its
// message and std's `Utf8Error`.
fn main() {
    let s = String::from("né");
    println!("{:?}", s.as_bytes());
    let half = std::str::from_utf8(&s.as_bytes()[..2]).expect("whole characters");
    println!("{half}");
}
