fn main() {
    let r = 1..=3;
    for _ in 0..2 {
        println!("{:?}", r.next()); //~ ERROR E0596
    }
}
