fn main() {
    let mut r = 1..=3;
    println!("{:?}", r);
    println!("{:?} {:?}", r.next(), r);
    println!("{:?} {:?}", r.next(), r);
    println!("{:?} {:?}", r.next(), r);
    println!("{:?} {:?}", r.next(), r);
    let e = 5..=4;
    println!("{:?}", e);
    println!("{}", std::mem::size_of_val(&r));
}
