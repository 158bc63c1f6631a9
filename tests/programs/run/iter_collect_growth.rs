fn main() {
    let evens: Vec<u32> = (0..100).filter(|x| x % 2 == 0).collect();
    println!("{} {}", evens.len(), evens.capacity());
    let words: Vec<&str> = "a b c d e f g h i j k l m n o p q".split_whitespace().collect();
    println!("{} {}", words.len(), words.capacity());
    let picked: Vec<char> = "abcdefghijklmnopqrstuvwxyz".chars().filter(|c| *c != 'e').collect();
    println!("{} {}", picked.len(), picked.capacity());
    let text: String = "abcdefghijklmnopqrstuvwxyz".chars().filter(|c| *c != 'e').collect();
    println!("{} {}", text.len(), text.capacity());
    let glued: String = ["ab", "cde", "fghij", "k"].iter().map(|s| *s).collect();
    println!("{glued} {} {}", glued.len(), glued.capacity());
    let owned: String = ["ab", "cde", "fghij", "k"].iter().map(|s| s.to_string()).collect();
    println!("{owned} {} {}", owned.len(), owned.capacity());
    let big: Vec<u64> = (0..1000u64).map(|x| x * x).filter(|x| x % 3 == 0).collect();
    println!("{} {}", big.len(), big.capacity());
}
