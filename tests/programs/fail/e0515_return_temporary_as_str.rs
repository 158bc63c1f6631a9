fn label() -> &'static str {
    String::from("label").as_str() //~ ERROR E0515
}

fn main() {
    println!("{}", label());
}
