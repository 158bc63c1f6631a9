fn main() {
    let v = vec![String::from("a"), String::from("b"), String::from("c")];
    let mut it = v.into_iter();
    it.next();
    let rest: Vec<String> = it.collect();
    println!("{rest:?} {}", rest.capacity());
}
