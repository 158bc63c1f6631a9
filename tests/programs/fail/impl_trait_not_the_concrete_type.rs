use std::fmt::Display;

fn label() -> impl Display {
    String::from("label")
}

fn main() {
    let text: String = label(); //~ ERROR E0308
    println!("{}", text);
}
