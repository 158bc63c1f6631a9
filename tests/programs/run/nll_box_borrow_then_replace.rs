fn main() {
    let mut b = Box::new(5);
    let r = &*b;
    println!("{r}");
    b = Box::new(6);
    println!("{b}");
}
