fn main() {
    let mut keep: Vec<&String> = Vec::new();
    for _ in 0..2 {
        keep.push(&String::from("x")); //~ ERROR E0716
    }
    println!("{}", keep.len());
}
