fn dangle() -> &'static String {
    let s = String::from("hello");
    &s //~ ERROR E0515
}

fn main() {
    println!("{}", dangle());
}
