fn main() {
    let names = vec![String::from("ann"), String::from("bob"), String::from("cy")];
    let shouted: Vec<String> = names.into_iter().map(|s| s + "!").collect();
    println!("{:?} len {} cap {}", shouted, shouted.len(), shouted.capacity());
}
