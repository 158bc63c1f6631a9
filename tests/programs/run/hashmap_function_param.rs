use std::collections::HashMap;

fn total(map: &HashMap<String, u32>) -> u32 {
    let mut sum = 0;
    for (_, v) in map {
        sum += v;
    }
    sum
}

fn add(map: &mut HashMap<String, u32>, name: &str, amount: u32) {
    *map.entry(name.to_string()).or_insert(0) += amount;
}

fn main() {
    let mut wallet = HashMap::new();
    add(&mut wallet, "coins", 5);
    add(&mut wallet, "notes", 20);
    add(&mut wallet, "coins", 2);
    println!("{} {}", total(&wallet), wallet["coins"]);
    println!("{}", wallet.len());
}
