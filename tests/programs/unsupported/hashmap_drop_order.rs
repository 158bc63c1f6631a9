// std drops a map's entries in bucket order, which a random seed decides.
use std::collections::HashMap;

struct Noisy(u8);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut map = HashMap::new();
    map.insert(1, Noisy(1));
    map.insert(2, Noisy(2));
    drop(map); //~ UNSUPPORTED
}
