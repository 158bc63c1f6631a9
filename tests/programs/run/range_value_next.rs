fn main() {
    let mut r = 0..3;
    println!("{:?}", r);
    println!("{:?}", r.next());
    println!("{:?}", r);
    println!("{:?} {:?}", r.next(), r.next());
    println!("{:?}", r.next());
    println!("{:?}", r);
}
