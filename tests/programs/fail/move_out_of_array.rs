fn main() {
    let names = [String::from("ann"), String::from("bob")];
    let first = names[0]; //~ ERROR E0508
    println!("{}", first);
}
