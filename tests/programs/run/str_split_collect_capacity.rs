fn main() {
    let s = String::from("the quick brown fox jumps over the lazy dog");
    let parts: Vec<&str> = s.split(' ').collect();
    println!("{:?}", parts);
    println!("len {} capacity {}", parts.len(), parts.capacity());
    let one: Vec<&str> = "single".split(' ').collect();
    println!("len {} capacity {}", one.len(), one.capacity());
    let five: Vec<&str> = "a b c d e".split(' ').collect();
    println!("len {} capacity {}", five.len(), five.capacity());
    let owned: Vec<String> = "x-y-z".split('-').map(|p| p.to_uppercase()).collect();
    println!("{:?} {}", owned, owned.capacity());
}
