use std::collections::HashMap;

fn main() {
    let mut map = HashMap::new();
    map.insert(1, 2);
    for (k, v) in map { //~ UNSUPPORTED
        println!("{} {}", k, v);
    }
}
