#[derive(Debug)]
struct Bag {
    items: Vec<i32>,
}

#[derive(Debug)]
enum Inventory {
    Empty,
    Items(Vec<String>),
}

fn main() {
    let mut bag = Bag { items: Vec::new() };
    bag.items.push(3);
    let mut inv = Inventory::Items(Vec::new());
    if let Inventory::Items(list) = &mut inv {
        list.push(String::from("rope"));
        list.push(String::from("lamp"));
    }
    let mut maybe: Option<Vec<u8>> = Some(Vec::new());
    if let Some(bytes) = maybe.as_mut() {
        bytes.push(1);
    }
    println!("{:?} {:?} {:?} {:?}", bag, inv, maybe, Inventory::Empty);
    if let Inventory::Items(list) = &inv {
        println!("{} items, capacity {}", list.len(), list.capacity());
    }
}
