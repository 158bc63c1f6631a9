use std::collections::HashMap;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut map = HashMap::new();
    map.insert(1, Noisy("first"));
    let old = map.insert(1, Noisy("second"));
    println!("replaced");
    drop(old);
    let removed = map.remove(&1);
    println!("removed, len {}", map.len());
    drop(removed);
    map.insert(2, Noisy("third"));
    println!("end of main");
}
