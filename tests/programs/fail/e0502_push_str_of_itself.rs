fn main() {
    let mut s = String::from("ab");
    s.push_str(&s); //~ ERROR E0502
    println!("{s}");
}
