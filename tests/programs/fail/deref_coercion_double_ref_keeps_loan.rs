fn show(s: &str) -> usize { s.len() }
fn main() {
    let mut s = String::from("a");
    let r = &&s;
    s.push('b'); //~ ERROR E0502
    println!("{}", show(r));
}
