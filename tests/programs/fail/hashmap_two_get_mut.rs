use std::collections::HashMap;

fn main() {
    let mut map = HashMap::new();
    map.insert('a', 1);
    map.insert('b', 2);
    let a = map.get_mut(&'a').unwrap();
    let b = map.get_mut(&'b').unwrap(); //~ ERROR E0499
    *a += *b;
}
