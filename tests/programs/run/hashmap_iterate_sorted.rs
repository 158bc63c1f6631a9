use std::collections::HashMap;

fn main() {
    let mut lengths = HashMap::new();
    for word in ["pear", "fig", "banana", "kiwi"] {
        lengths.insert(word, word.len());
    }
    let mut pairs = Vec::new();
    for (word, len) in &lengths {
        pairs.push((*len, *word));
    }
    pairs.sort();
    for (len, word) in &pairs {
        println!("{} {}", len, word);
    }
}
