fn main() {
    let token: Option<String> = Some(String::from("abc"));
    let inner = token.unwrap();
    println!("{inner}");
    println!("{}", token.is_some()); //~ ERROR E0382
}
