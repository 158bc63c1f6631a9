use std::collections::HashMap;

struct Inventory {
    counts: HashMap<String, u32>,
}

impl Inventory {
    fn new() -> Self {
        Inventory { counts: HashMap::new() }
    }

    fn add(&mut self, item: &str, n: u32) {
        *self.counts.entry(item.to_string()).or_insert(0) += n;
    }

    fn total(&self) -> u32 {
        let mut sum = 0;
        for count in self.counts.values() {
            sum += count;
        }
        sum
    }

    fn count(&self, item: &str) -> u32 {
        *self.counts.get(item).unwrap_or(&0)
    }
}

fn main() {
    let mut inv = Inventory::new();
    inv.add("bolt", 3);
    inv.add("nut", 5);
    inv.add("bolt", 2);
    println!("{} {} {} {}", inv.total(), inv.count("bolt"), inv.count("gear"), inv.counts.len());
}
