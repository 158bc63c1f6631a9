fn main() {
    let mut r = 5..9;
    println!("{} {}", r.start, r.end);
    r.next();
    println!("{} {}", r.start, r.end);
    r.end = 7;
    println!("{:?}", r);
    let empty = 4..2;
    println!("{:?} {}", empty, empty.start);
}
