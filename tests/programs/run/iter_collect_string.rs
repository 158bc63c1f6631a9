fn main() {
    let s: String = vec!['h', 'e', 'y'].iter().collect();
    println!("{s} {}", s.len());
    let upper: String = "hello world".chars().map(|c| if c == 'o' { '0' } else { c }).collect();
    println!("{upper} {} {}", upper.len(), upper.capacity());
    let no_vowels: String = "programming".chars().filter(|c| *c != 'a' && *c != 'o' && *c != 'i').collect();
    println!("{no_vowels} {}", no_vowels.capacity());
    let words = vec!["one", "two", "three"];
    let joined: String = words.iter().map(|w| w.to_string()).collect();
    println!("{joined} {}", joined.capacity());
}
