static WORDS: [&str; 3] = ["alpha", "beta", "gamma"];

fn longest() -> &'static str {
    let mut best = WORDS[0];
    for &word in WORDS.iter() {
        if word.len() > best.len() {
            best = word;
        }
    }
    best
}

fn main() {
    for (i, word) in WORDS.iter().enumerate() {
        println!("{i}: {word}");
    }
    println!("{}", longest());
}
