fn main() {
    let v = vec![10, 255];
    println!("{:x?}", v);
}
