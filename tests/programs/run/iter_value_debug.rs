fn main() {
    let v = vec![1, 2, 3];
    let mut it = v.iter();
    println!("{:?}", it);
    it.next();
    println!("{:?}", it);
    println!("{:#?}", it);
    it.next();
    it.next();
    println!("{:?}", it);
}
