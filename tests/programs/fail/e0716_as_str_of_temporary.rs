fn main() {
    let r: &str = String::from("temporary").as_str(); //~ ERROR E0716
    println!("{r}");
}
