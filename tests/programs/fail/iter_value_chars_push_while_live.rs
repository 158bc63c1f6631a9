fn main() {
    let mut s = String::from("ab");
    let mut chars = s.chars();
    s.push('c'); //~ ERROR E0502
    println!("{:?}", chars.next());
}
