fn main() {
    let v = vec![1, 2, 3];
    let mut it = v.iter().peekable(); //~ UNSUPPORTED
    println!("{:?}", it.peek());
}
