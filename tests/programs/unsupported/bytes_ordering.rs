// Ordering slices (`<` on `&[u8]`) is not modelled yet; equality is.
fn main() {
    let a = String::from("abc");
    let b = String::from("abd");
    println!("{}", a.as_bytes() == b.as_bytes());
    println!("{}", a.as_bytes() < b.as_bytes()); //~ UNSUPPORTED
}
