fn main() {
    let name: Option<String> = Some(String::from("crab"));
    let len = name.as_ref().map(|s| s.len());
    println!("{:?} {:?}", len, name);
}
