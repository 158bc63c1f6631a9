fn main() {
    let mut v = Vec::with_capacity(6);
    v.push(String::from("x"));
    v.push(String::from("y"));
    let same: Vec<String> = v.into_iter().collect();
    println!("{:?} len {} cap {}", same, same.len(), same.capacity());
}
