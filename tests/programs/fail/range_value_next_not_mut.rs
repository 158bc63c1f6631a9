fn main() {
    let r = 0..3;
    println!("{:?}", r.next()); //~ ERROR E0596
}
