// Moving out of a constant twice is fine: each use is a new value.
const WORDS: [&str; 2] = ["alpha", "beta"];
const OWNED: String = String::new();
fn consume(s: String) -> usize {
    s.len()
}
fn main() {
    println!("{} {}", consume(OWNED), consume(OWNED));
    let (a, b) = (WORDS[0], WORDS[1]);
    println!("{a} {b} {}", WORDS.len());
}
