fn empty() -> &'static String {
    &String::new() //~ ERROR E0515
}

fn main() {
    println!("{}", empty());
}
