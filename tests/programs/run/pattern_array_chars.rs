// Matching an array of chars by its first and last elements.
fn kind(word: [char; 3]) -> &'static str {
    match word {
        ['a'..='z', .., '!'] => "lowercase shout",
        [first, _, last] if first == last => "palindrome-ish",
        _ => "plain",
    }
}
fn main() {
    println!("{}", kind(['h', 'e', '!']));
    println!("{}", kind(['x', 'y', 'x']));
    println!("{}", kind(['A', 'B', 'C']));
}
