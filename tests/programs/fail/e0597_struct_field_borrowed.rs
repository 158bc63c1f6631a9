struct Inventory {
    items: Vec<String>,
}

fn main() {
    let first;
    {
        let inv = Inventory { items: vec![String::from("apple")] };
        first = &inv.items[0]; //~ ERROR E0597
    }
    println!("{first}");
}
