fn main() {
    let words = ["alpha", "beta"];
    let owned: Vec<String> = words.into_iter().map(String::from).collect();
    let name: Option<&str> = Some("ada");
    println!("{:?} {:?}", owned, name.map(String::from));
}
