fn main() {
    let r: &Box<i32>;
    r = &Box::new(5); //~ ERROR E0716
    println!("{r}");
}
