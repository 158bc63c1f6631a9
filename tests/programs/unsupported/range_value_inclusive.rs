fn main() {
    let mut r = 0..=3; //~ UNSUPPORTED
    println!("{:?}", r.next());
}
