use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    scores.insert(String::from("blue"), 10);
    println!("blue {}", scores["blue"]);
    let missing = String::from("red");
    println!("red {}", scores[&missing]);
}
