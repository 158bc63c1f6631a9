fn main() {
    let mut b = Box::new(10);
    let r = &mut *b;
    let doubled = *b * 2; //~ ERROR E0503
    *r += 1;
    println!("{doubled}");
}
