use std::collections::HashMap;

fn main() {
    let mut prices = HashMap::new();
    prices.insert(String::from("tea"), 3);
    prices.insert(String::from("coffee"), 4);
    prices.insert(String::from("cake"), 5);
    let mut total = 0;
    let mut name_bytes = 0;
    for (name, price) in &prices {
        total += price;
        name_bytes += name.len();
    }
    println!("total {} bytes {}", total, name_bytes);
    let mut key_count = 0;
    for key in prices.keys() {
        if key.starts_with("c") {
            key_count += 1;
        }
    }
    let mut sum = 0;
    for value in prices.values() {
        sum += *value;
    }
    println!("{} {}", key_count, sum);
}
