fn main() {
    let mut x = 5;
    let r = &x;
    x = 6; //~ ERROR E0506
    println!("{r}");
}
