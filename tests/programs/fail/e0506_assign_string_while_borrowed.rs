fn main() {
    let mut s = String::from("old");
    let r = &s;
    s = String::from("new"); //~ ERROR E0506
    println!("{r} {s}");
}
