fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let pairs: Vec<(String, i32)> = names.into_iter().zip(1..3).collect(); //~ UNSUPPORTED
    println!("{:?} {}", pairs, pairs.capacity());
}
