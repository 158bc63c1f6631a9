fn main() {
    let r;
    r = &String::from("gone"); //~ ERROR E0716
    println!("{r}");
}
