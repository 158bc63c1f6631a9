use std::mem::size_of_val;

fn greet(name: &str) {
    println!("hi {name}");
}

fn main() {
    let f = greet;
    f("Ann");
    f("Bo");
    println!("{}", size_of_val(&f));
}
