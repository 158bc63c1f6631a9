struct Words {
    words: Vec<String>,
}

impl Iterator for Words {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        self.words.pop()
    }
}

fn main() {
    let words = Words {
        words: vec![String::from("one"), String::from("two"), String::from("three")],
    };
    let mut kept = Vec::new();
    for w in words {
        if w.len() == 3 {
            kept.push(w);
        }
    }
    println!("{kept:?}");
    let lengths: usize = Words { words: vec!["ab".to_string(), "cde".to_string()] }.map(|w| w.len()).sum();
    println!("{lengths}");
    let mut w = Words { words: vec!["x".to_string()] };
    println!("{:?} {:?}", w.next(), w.next());
}
