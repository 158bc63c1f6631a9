use std::collections::HashMap;

fn main() {
    let mut map = HashMap::new();
    map.insert(1, String::from("one"));
    let first = map.get(&1);
    map.insert(2, String::from("two")); //~ ERROR E0502
    println!("{:?}", first);
}
