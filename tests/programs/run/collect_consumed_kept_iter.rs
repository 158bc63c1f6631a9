fn main() {
    let v = vec![
        String::from("a"),
        String::from("b"),
        String::from("c"),
        String::from("d"),
        String::from("e"),
    ];
    let mut it = v.into_iter();
    let first = it.next();
    let second = it.next();
    println!("{:?} {:?}", first, second);
    let rest: Vec<String> = it.map(|s| s + "?").collect();
    println!("{:?} len {} cap {}", rest, rest.len(), rest.capacity());
}
