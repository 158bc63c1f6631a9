fn main() {
    let greeting = String::from("hi");
    assert_eq!(greeting, "hi");
    println!("{}", greeting);
}
