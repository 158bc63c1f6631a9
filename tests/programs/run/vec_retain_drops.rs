#[derive(Debug)]
struct Item(u8);

impl Drop for Item {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut seen = Vec::new();
    let mut items = vec![Item(1), Item(2), Item(3), Item(4)];
    items.retain(|item| {
        seen.push(item.0);
        item.0 != 2 && item.0 != 3
    });
    println!("{:?} {:?}", items, seen);
}
