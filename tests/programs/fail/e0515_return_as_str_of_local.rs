fn greeting(name: &str) -> &str {
    let mut s = String::from("Hello, ");
    s.push_str(name);
    s.as_str() //~ ERROR E0515
}

fn main() {
    println!("{}", greeting("Ann"));
}
