fn main() {
    let mut s = String::from("x");
    let r = &mut s;
    let inner = &mut *r;
    let moved = r; //~ ERROR E0505
    inner.push('y');
    moved.push('z');
    println!("{s}");
}
