// std prints a map's entries in bucket order, which a random seed decides.
use std::collections::HashMap;

fn main() {
    let mut map = HashMap::new();
    map.insert("a", 1);
    map.insert("b", 2);
    println!("{:?}", map); //~ UNSUPPORTED
}
