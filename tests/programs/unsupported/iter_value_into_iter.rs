fn main() {
    let a = [String::from("a"), String::from("b")];
    let mut it = a.into_iter(); //~ UNSUPPORTED
    println!("{:?}", it.next());
}
