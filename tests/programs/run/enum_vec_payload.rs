#[derive(Debug)]
enum Inventory {
    Empty,
    Items(Vec<String>),
    Counted { name: String, count: usize },
}

impl Inventory {
    fn add(&mut self, item: &str) {
        match self {
            Inventory::Empty => *self = Inventory::Items(vec![String::from(item)]),
            Inventory::Items(list) => list.push(String::from(item)),
            Inventory::Counted { count, .. } => *count += 1,
        }
    }

    fn size(&self) -> usize {
        match self {
            Inventory::Empty => 0,
            Inventory::Items(list) => list.len(),
            Inventory::Counted { count, .. } => *count,
        }
    }
}

fn main() {
    let mut inv = Inventory::Empty;
    println!("{:?} {}", inv, inv.size());
    inv.add("apple");
    inv.add("pear");
    println!("{:?} {}", inv, inv.size());
    let mut counted = Inventory::Counted { name: String::from("bolts"), count: 5 };
    counted.add("bolt");
    println!("{:?} {}", counted, counted.size());
    if let Inventory::Items(list) = inv {
        println!("first item {}", list[0]);
    }
}
