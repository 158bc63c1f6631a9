use std::collections::HashMap;

fn consume(map: HashMap<i32, i32>) -> usize {
    map.len()
}

fn main() {
    let mut map = HashMap::new();
    map.insert(1, 1);
    let n = consume(map);
    println!("{} {}", n, map.len()); //~ ERROR E0382
}
