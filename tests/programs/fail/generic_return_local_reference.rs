fn make<T: Clone>(x: &T) -> &T {
    let copy = x.clone();
    &copy //~ ERROR E0515
}

fn main() {
    let s = String::from("a");
    println!("{}", make(&s));
}
