use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<String, u32> = HashMap::new();
    println!("empty: {} {}", ages.len(), ages.is_empty());
    println!("{:?}", ages.insert(String::from("ada"), 36));
    println!("{:?}", ages.insert(String::from("alan"), 41));
    println!("{:?}", ages.insert(String::from("ada"), 37));
    println!("len {}", ages.len());
    println!("{:?}", ages.get("ada"));
    println!("{:?}", ages.get("grace"));
    let key = String::from("alan");
    if let Some(age) = ages.get(&key) {
        println!("alan is {}", age);
    }
    println!("{} {}", ages.contains_key("ada"), ages.contains_key("linus"));
}
