fn main() {
    let mut b = Box::new(1);
    let r = &*b;
    b = Box::new(2); //~ ERROR E0506
    println!("{r} {b}");
}
