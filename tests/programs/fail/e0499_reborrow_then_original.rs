fn main() {
    let mut s = String::from("a");
    let r = &mut s;
    let inner = &mut *r;
    r.push('b'); //~ ERROR E0499
    inner.push('c');
    println!("{s}");
}
