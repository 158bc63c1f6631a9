fn main() {
    let v = vec![1, 2, 3];
    let found = v.iter().any(|x| x + 1); //~ ERROR E0308
    println!("{found}");
}
