fn main() {
    let mut b = Box::new(String::from("box"));
    let inner = &mut *b;
    println!("{b}"); //~ ERROR E0502
    inner.push('!');
}
