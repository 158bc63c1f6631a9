fn dangle() -> &String { //~ ERROR E0106
    let s = String::from("hello");
    &s
}

fn main() {
    println!("{}", dangle());
}
