fn main() {
    let mut s = String::from("a");
    let r = &mut s;
    let inner = &mut *r;
    inner.push('b');
    r.push('c');
    println!("{s}");
}
