fn main() {
    let mut r = 5..; //~ UNSUPPORTED
    println!("{:?}", r.next());
}
