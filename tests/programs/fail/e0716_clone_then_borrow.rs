fn main() {
    let original = String::from("copy me");
    let view: &str = original.clone().as_str(); //~ ERROR E0716
    println!("{view} {original}");
}
