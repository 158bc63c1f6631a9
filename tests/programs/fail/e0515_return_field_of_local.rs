struct Person {
    name: String,
}

fn make_name() -> &'static String {
    let p = Person { name: String::from("Kay") };
    &p.name //~ ERROR E0515
}

fn main() {
    println!("{}", make_name());
}
