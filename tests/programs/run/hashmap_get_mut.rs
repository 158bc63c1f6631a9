use std::collections::HashMap;

fn main() {
    let mut balances: HashMap<&str, i64> = HashMap::new();
    balances.insert("alice", 100);
    balances.insert("bob", 50);
    if let Some(balance) = balances.get_mut("alice") {
        *balance -= 30;
    }
    match balances.get_mut("carol") {
        Some(b) => *b += 1,
        None => println!("no carol"),
    }
    *balances.get_mut("bob").unwrap() += 30;
    println!("{} {}", balances["alice"], balances["bob"]);
}
