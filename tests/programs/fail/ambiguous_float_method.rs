fn main() {
    let x = 2.0;
    let root = x.sqrt(); //~ ERROR E0689
    println!("{}", root);
}
