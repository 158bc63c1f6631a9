fn main() {
    let v = vec![String::from("a"), String::from("b"), String::from("c")];
    let mut it = v.into_iter();
    let first = it.next().unwrap();
    println!("{first} {}", it.len());
    println!("{:?}", it);
    println!("{:#?}", it);
    let second: String = it.next().unwrap();
    println!("{first}{second}");
    println!("{:?} {:?} {}", it.next(), it.next(), it.len());
}
