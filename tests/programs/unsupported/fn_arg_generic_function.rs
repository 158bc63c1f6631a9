use std::fmt::Display;

fn show<T: Display>(t: T) -> String {
    format!("<{}>", t)
}

fn main() {
    let v = [1, 2, 3];
    let shown: Vec<String> = v.into_iter().map(show).collect(); //~ UNSUPPORTED
    println!("{:?}", shown);
}
