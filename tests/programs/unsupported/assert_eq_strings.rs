// `assert_eq!` compares numbers, booleans and chars; not strings yet.
fn main() {
    let greeting = String::from("hi");
    assert_eq!(greeting, "hi"); //~ UNSUPPORTED
    println!("{}", greeting);
}
