fn main() {
    let name: Option<String> = Some(String::from("ferris"));
    let len = name.map(|s| s.len());
    println!("{:?}", len);
    let none: Option<String> = None;
    println!("{:?}", none.map(|s| s.len()));
}
