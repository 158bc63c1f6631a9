fn main() {
    let v = vec![7, 2, 9, 4];
    let mut it = v.iter();
    it.next();
    println!("max {:?}", it.max());
    let it = v.iter();
    println!("min {:?}", it.min());
    let mut r = 5..8;
    r.next();
    println!("range max {:?}", r.max());
    let mut it = v.iter();
    it.next();
    it.next();
    it.next();
    it.next();
    println!("empty max {:?}", it.max());
}
