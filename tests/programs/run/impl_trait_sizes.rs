use std::fmt::Display;
use std::mem::size_of_val;

fn small() -> impl Display {
    7u8
}

fn text() -> impl Display {
    String::from("seven")
}

fn pair() -> impl Display {
    1.5f64
}

fn main() {
    let a = small();
    let b = text();
    let c = pair();
    println!("{} {} {}", a, b, c);
    println!("{} {} {}", size_of_val(&a), size_of_val(&b), size_of_val(&c));
}
