fn main() {
    let mut n = 10;
    let r = &mut n;
    let snapshot = *r;
    *r += 1;
    println!("{snapshot} {n}");
}
