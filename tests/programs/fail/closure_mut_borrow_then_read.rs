fn main() {
    let mut v = String::from("a");
    let mut push = || v.push('b');
    println!("{}", v); //~ ERROR E0502
    push();
}
