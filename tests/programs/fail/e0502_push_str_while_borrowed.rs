fn main() {
    let mut s = String::from("hello");
    let r = &s;
    s.push_str(" world"); //~ ERROR E0502
    println!("{r}");
}
