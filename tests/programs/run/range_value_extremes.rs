fn main() {
    let mut r = 254u8..255;
    println!("{:?}", r.next());
    println!("{:?}", r.next());
    println!("{:?}", r);
    let mut s = i32::MAX - 1..i32::MAX;
    println!("{:?} {:?}", s.next(), s);
}
