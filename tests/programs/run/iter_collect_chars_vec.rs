fn main() {
    let chars: Vec<char> = "héllo wörld".chars().collect();
    println!("{:?} {} {}", chars, chars.len(), chars.capacity());
    let letters: Vec<char> = "a b c".chars().filter(|c| *c != ' ').collect();
    println!("{:?} {}", letters, letters.capacity());
    let words: Vec<&str> = "one two three four five".split_whitespace().collect();
    println!("{:?} {} {}", words, words.len(), words.capacity());
    let bytes: Vec<u8> = "hey".bytes().collect();
    println!("{:?} {}", bytes, bytes.capacity());
}
