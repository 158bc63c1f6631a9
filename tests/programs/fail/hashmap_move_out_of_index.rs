use std::collections::HashMap;

fn main() {
    let mut map = HashMap::new();
    map.insert(1, String::from("one"));
    let s = map[&1]; //~ ERROR E0507
    println!("{}", s);
}
