fn main() {
    let name: Option<String> = Some(String::from("ferris"));
    let len = name.map(|s| s.len());
    println!("{:?} {:?}", len, name); //~ ERROR E0382
}
