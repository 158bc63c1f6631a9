fn main() {
    let mut n = 1;
    let r = &mut n;
    let peek = &*r;
    *r = 2; //~ ERROR E0506
    println!("{peek}");
}
