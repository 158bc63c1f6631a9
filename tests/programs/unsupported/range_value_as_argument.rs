fn main() {
    let v = vec![1, 2, 3];
    let first_two = v.get(0..2); //~ UNSUPPORTED
    println!("{:?}", first_two);
}
