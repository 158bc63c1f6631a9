struct Item(u32);

impl Drop for Item {
    fn drop(&mut self) {
        println!("drop item {}", self.0);
    }
}

fn main() {
    let mut items = Vec::new();
    for i in 0..5 {
        items.push(Item(i));
    }
    println!("len {} cap {}", items.len(), items.capacity());
    items.truncate(3);
    println!("after truncate: len {} cap {}", items.len(), items.capacity());
    items.shrink_to_fit();
    println!("after shrink: cap {}", items.capacity());
    items.clear();
    println!("after clear: len {} cap {}", items.len(), items.capacity());
    items.shrink_to_fit();
    println!("after second shrink: cap {}", items.capacity());
}
