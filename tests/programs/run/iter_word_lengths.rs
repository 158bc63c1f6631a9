fn main() {
    let text = String::from("the quick brown fox jumps over the lazy dog");
    let count = text.split_whitespace().count();
    println!("{count} words");
    let lengths: Vec<usize> = text.split_whitespace().map(|w| w.len()).collect();
    println!("{:?} len={} cap={}", lengths, lengths.len(), lengths.capacity());
    let long = text.split_whitespace().filter(|w| w.len() > 3).count();
    println!("{long} long words");
    let total: usize = text.split_whitespace().map(|w| w.len()).sum();
    println!("{total} letters");
}
