use std::collections::HashMap;

fn main() {
    let text = "the cat and the dog and the bird";
    let mut counts = HashMap::new();
    for word in ["the", "cat", "and", "the", "dog", "and", "the", "bird"] {
        *counts.entry(word).or_insert(0) += 1;
    }
    println!("distinct words: {}", counts.len());
    println!("the: {}", counts["the"]);
    println!("and: {}", counts["and"]);
    println!("cat: {}", counts["cat"]);
    println!("fish: {:?}", counts.get("fish"));
    println!("{}", text.len());
}
