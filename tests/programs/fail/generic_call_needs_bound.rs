use std::fmt::Display;

fn show<T: Display>(value: &T) {
    println!("{}", value);
}

fn show_twice<T>(value: &T) {
    show(value); //~ ERROR E0277
    show(value); //~ ERROR E0277
}

fn main() {
    show_twice(&3);
}
