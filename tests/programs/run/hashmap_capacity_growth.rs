use std::collections::HashMap;

fn main() {
    let mut map = HashMap::new();
    println!("new: len {} cap {}", map.len(), map.capacity());
    for i in 0..30 {
        map.insert(i, i * i);
        println!("after {} inserts: cap {}", i + 1, map.capacity());
    }
    println!("{}", map[&29]);
}
