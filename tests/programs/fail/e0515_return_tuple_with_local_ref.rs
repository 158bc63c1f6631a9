fn split(base: &String) -> (&String, &String) {
    let copy = base.clone();
    (base, &copy) //~ ERROR E0515
}

fn main() {
    let s = String::from("s");
    let (a, b) = split(&s);
    println!("{a} {b}");
}
