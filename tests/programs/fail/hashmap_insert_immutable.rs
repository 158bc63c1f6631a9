use std::collections::HashMap;

fn main() {
    let map = HashMap::new();
    map.insert("key", 1); //~ ERROR E0596
}
