use std::fmt::Display;

fn bracketed<T: Display>(value: T) -> impl Display { //~ UNSUPPORTED
    format!("[{}]", value)
}

fn main() {
    println!("{}", bracketed(3));
}
