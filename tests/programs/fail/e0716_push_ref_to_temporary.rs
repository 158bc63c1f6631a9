fn main() {
    let mut v: Vec<&String> = Vec::new();
    v.push(&String::from("temp")); //~ ERROR E0716
    println!("{}", v.len());
}
