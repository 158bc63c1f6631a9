fn main() {
    let raw = vec!["apple", "banana", "cherry"];
    let owned: Vec<String> = raw.iter().map(|s| s.to_string()).collect();
    println!("{:?} {}", owned, owned.capacity());
    let upper: Vec<String> = owned.iter().map(|s| s.to_uppercase()).collect();
    println!("{:?}", upper);
    let lens: Vec<(usize, &String)> = owned.iter().map(|s| s.len()).zip(owned.iter()).collect();
    println!("{:?}", lens);
    let copies: Vec<String> = owned.iter().cloned().collect();
    println!("{:?} {}", copies, copies.capacity());
}
