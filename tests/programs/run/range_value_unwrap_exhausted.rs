fn main() {
    let mut r = 0..1;
    println!("{}", r.next().unwrap());
    println!("{}", r.next().unwrap());
}
