fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let middle = &v[1..4];
    let mut it = middle.iter();
    println!("{:?}", it.next());
    let mut tail = v[3..].iter();
    println!("{:?} {:?}", tail.next(), tail);
    let mut whole = (&v[..]).iter();
    whole.next();
    println!("{}", whole.len());
    println!("{:?}", it);
}
