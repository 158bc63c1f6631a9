fn main() {
    let mut s = String::from("ab");
    s.extend(s.chars()); //~ ERROR E0502
    println!("{s}");
}
