fn main() {
    let v = vec![1, 2, 3];
    match v.as_slice() { //~ UNSUPPORTED
        [first, ..] => println!("{first}"),
        [] => println!("empty"),
    }
}
