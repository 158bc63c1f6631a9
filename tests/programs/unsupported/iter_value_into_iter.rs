fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let mut it = v.into_iter(); //~ UNSUPPORTED
    println!("{:?}", it.next());
}
