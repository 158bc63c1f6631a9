use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Word(String);

// Shorter words first, then alphabetical.
impl PartialOrd for Word {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Word {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.len().cmp(&other.0.len()).then(self.0.cmp(&other.0))
    }
}

fn main() {
    let mut words = vec![
        Word(String::from("pear")),
        Word(String::from("fig")),
        Word(String::from("banana")),
        Word(String::from("apple")),
        Word(String::from("kiwi")),
    ];
    words.sort();
    for word in &words {
        println!("{}", word.0);
    }
    println!("{}", words.contains(&Word(String::from("fig"))));
}
