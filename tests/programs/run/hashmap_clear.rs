use std::collections::HashMap;

struct Loud(u8);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut map = HashMap::new();
    for i in 0..20 {
        map.insert(i, i);
    }
    map.remove(&0);
    map.clear();
    println!("{} {}", map.len(), map.capacity());
    for i in 0..5 {
        map.insert(i, i);
    }
    println!("{} {}", map.len(), map.capacity());
    let mut loud = HashMap::new();
    loud.insert("one", Loud(1));
    loud.clear();
    println!("cleared {}", loud.is_empty());
    loud.insert("two", Loud(2));
    println!("end");
}
