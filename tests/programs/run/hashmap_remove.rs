use std::collections::HashMap;

fn main() {
    let mut stock = HashMap::new();
    stock.insert("apples", 3);
    stock.insert("pears", 0);
    stock.insert("plums", 7);
    println!("{:?}", stock.remove("pears"));
    println!("{:?}", stock.remove("pears"));
    println!("len {} cap {}", stock.len(), stock.capacity());
    stock.insert("kiwis", 2);
    stock.insert("figs", 1);
    println!("len {} cap {}", stock.len(), stock.capacity());
    println!("{}", stock["plums"] + stock["kiwis"]);
}
