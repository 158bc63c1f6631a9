fn main() {
    let words = vec![String::from("a"), String::from("b")];
    println!("{}", words.len());
    if words.len() == 2 {
        std::process::exit(-2);
    }
    println!("unreachable {}", words[0]);
}
