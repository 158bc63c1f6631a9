use std::collections::HashMap;

fn main() {
    let mut map = HashMap::new();
    println!("{:?}", map);
    map.insert("only", vec![1, 2]);
    println!("{:?}", map);
    println!("{:#?}", map);
    let mut empty: HashMap<i32, i32> = HashMap::new();
    empty.insert(1, 2);
    empty.remove(&1);
    println!("{:?} {}", empty, empty.capacity());
}
