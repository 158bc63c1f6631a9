fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let owned: Vec<String> = names.iter().map(|n| *n).collect(); //~ ERROR E0507
    println!("{:?}", owned);
}
