fn main() {
    let mut r = 10..13;
    while let Some(i) = r.next() {
        println!("{i} left: {:?}", r);
    }
    println!("{:?}", r.next());
}
