// A `&mut` to one of the shared bytes cannot be taken.
fn main() {
    let s = String::from("hello");
    let bytes = s.as_bytes();
    let first = &mut bytes[0]; //~ ERROR E0596
    *first = b'H';
    println!("{s}");
}
