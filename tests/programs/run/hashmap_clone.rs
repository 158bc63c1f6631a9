use std::collections::HashMap;

#[derive(Clone)]
struct Inventory {
    items: HashMap<String, u32>,
}

fn main() {
    let mut original = HashMap::new();
    original.insert(String::from("bolts"), 40);
    let mut copy = original.clone();
    copy.insert(String::from("nuts"), 12);
    *copy.get_mut("bolts").unwrap() += 1;
    println!("{} {}", original.len(), copy.len());
    println!("{} {}", original["bolts"], copy["bolts"]);
    println!("{} {}", original.capacity(), copy.capacity());
    let shop = Inventory { items: copy };
    let backup = shop.clone();
    println!("{} {}", shop.items["nuts"], backup.items.len());
}
