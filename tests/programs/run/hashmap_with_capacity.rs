use std::collections::HashMap;

fn main() {
    for n in [0, 1, 3, 4, 7, 8, 13, 14, 15, 28, 29, 100] {
        let map: HashMap<u8, u8> = HashMap::with_capacity(n);
        println!("with_capacity({}) -> {}", n, map.capacity());
    }
    let mut small: HashMap<i32, i32> = HashMap::with_capacity(3);
    small.insert(1, 1);
    small.insert(2, 2);
    small.insert(3, 3);
    println!("{}", small.capacity());
    small.insert(4, 4);
    println!("{}", small.capacity());
}
