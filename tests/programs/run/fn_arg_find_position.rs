fn is_long(word: &&str) -> bool {
    word.len() > 3
}

fn is_short(word: &str) -> bool {
    word.len() < 3
}

fn main() {
    let words = vec!["hi", "there", "you"];
    let found = words.iter().copied().find(is_long);
    let at = words.iter().copied().position(is_short);
    println!("{:?} {:?}", found, at);
}
