fn main() {
    let r;
    {
        let b = Box::new(42);
        r = &*b; //~ ERROR E0597
    }
    println!("{r}");
}
