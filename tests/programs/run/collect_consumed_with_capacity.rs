fn main() {
    let mut words: Vec<String> = Vec::with_capacity(10);
    words.push(String::from("one"));
    words.push(String::from("two"));
    words.push(String::from("three"));
    let long: Vec<String> = words.into_iter().filter(|w| w.len() > 3).collect();
    println!("{:?} len {} cap {}", long, long.len(), long.capacity());
}
