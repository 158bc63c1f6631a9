fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn main() {
    let sentence = String::from("hello brave new world");
    let word = first_word(&sentence);
    println!("{word}");
    let initial = sentence.chars().next().map(|c| c.to_ascii_uppercase());
    println!("{:?}", initial);
    let header = "name: value".split(": ").nth(1).unwrap();
    println!("{header}");
}
