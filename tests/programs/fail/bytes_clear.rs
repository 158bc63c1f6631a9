// The bytes borrow the String's buffer: it cannot be cleared under them.
fn main() {
    let mut s = String::from("hi!");
    let bytes = s.as_bytes();
    s.clear(); //~ ERROR E0502
    println!("{:?}", bytes);
}
