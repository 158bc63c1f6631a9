fn main() {
    let v = vec![1, 2, 3, 4];
    let r = 1..3;
    let middle = &v[r]; //~ UNSUPPORTED
    println!("{:?}", middle);
}
