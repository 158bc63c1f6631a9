// Slice patterns through `&mut` are declined.
fn main() {
    let mut v = vec![1, 2, 3];
    if let [first, ..] = &mut v[..] { //~ UNSUPPORTED
        *first += 1;
    }
    println!("{:?}", v);
}
