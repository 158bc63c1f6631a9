fn main() {
    let names = vec!["ann", "bob", "cy"];
    let owned: Vec<String> = names.into_iter().map(String::from).collect();
    println!("{:?} len {} cap {}", owned, owned.len(), owned.capacity());
    let words = vec!["a", "bb", "ccc", "dd"];
    let kept: Vec<String> = words.into_iter().filter(|w| w.len() > 1).map(|w| w.to_string()).collect();
    println!("{:?} len {} cap {}", kept, kept.len(), kept.capacity());
}
