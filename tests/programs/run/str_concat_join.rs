fn main() {
    let parts = vec!["mem", "ory"];
    let word = parts.concat();
    println!("{} {} {}", word, word.len(), word.capacity());
    let names = vec![String::from("stack"), String::from("heap")];
    let both = names.concat();
    println!("{}", both);
    println!("{}", names.join(" and "));
    let empty: Vec<&str> = Vec::new();
    println!("[{}] {}", empty.concat(), empty.concat().capacity());
}
