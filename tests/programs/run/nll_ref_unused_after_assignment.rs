fn main() {
    let mut x = 5;
    let r = &x;
    println!("r = {r}");
    x = 6;
    println!("x = {x}");
}
