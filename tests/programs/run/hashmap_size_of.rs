use std::collections::HashMap;
use std::mem::size_of;

fn main() {
    println!("{}", size_of::<HashMap<i32, i32>>());
    println!("{}", size_of::<HashMap<String, Vec<u8>>>());
    println!("{}", size_of::<Option<HashMap<u8, u8>>>());
    let map: HashMap<u64, u64> = HashMap::new();
    println!("{} {}", map.len(), size_of::<HashMap<u64, u64>>());
}
