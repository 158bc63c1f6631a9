use std::collections::HashMap;

fn main() {
    let mut bytes: HashMap<u8, ()> = HashMap::new();
    let mut pairs: HashMap<u8, u8> = HashMap::new();
    let mut wide: HashMap<u64, u64> = HashMap::new();
    for i in 0..40u8 {
        bytes.insert(i, ());
        pairs.insert(i, i);
        wide.insert(i as u64, 0);
        println!("{:>2}: {:>3} {:>3} {:>3}", i + 1, bytes.capacity(), pairs.capacity(), wide.capacity());
    }
}
