fn main() {
    let mut r = 0..3;
    println!("{}", r == (0..3));
    r.next();
    println!("{}", r == (0..3));
    println!("{}", r == (1..3));
}
