fn main() {
    let mut x = 1;
    let r = &x;
    let copy = *r;
    x = copy + 1;
    println!("{x}");
}
