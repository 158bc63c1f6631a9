use std::collections::HashMap;

fn main() {
    let mut ages = HashMap::new();
    ages.insert("ann", 31);
    ages.insert("bo", 42);
    ages.insert("cy", 27);
    let bo = ages.get("bo").unwrap();
    ages.insert("dee", 35); //~ ERROR E0502
    println!("{bo}");
}
