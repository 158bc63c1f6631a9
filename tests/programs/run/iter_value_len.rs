fn main() {
    let v = vec![1, 2, 3];
    let mut it = v.iter();
    println!("{}", it.len());
    it.next();
    println!("{}", it.len());
    it.next();
    it.next();
    it.next();
    println!("{}", it.len());
}
