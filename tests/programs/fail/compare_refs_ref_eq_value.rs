fn main() {
    let a = 'a';
    let x = &a;
    println!("{}", x == a); //~ ERROR E0277
}
