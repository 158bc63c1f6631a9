fn main() {
    let mut v = vec![10, 20, 30, 40];
    v.swap(0, 3);
    println!("{:?}", v);
    v.reverse();
    println!("{:?}", v);
    println!("{:?} {:?}", v.first(), v.last());
    let empty: Vec<u8> = Vec::new();
    println!("{:?} {:?}", empty.first(), empty.last());
    if let Some(last) = v.last() {
        println!("last is {}", last);
    }
}
