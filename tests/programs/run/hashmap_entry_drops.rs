use std::collections::HashMap;

#[derive(PartialEq, Eq, Hash)]
struct Key(u8);

impl Drop for Key {
    fn drop(&mut self) {
        println!("drop key {}", self.0);
    }
}

struct Val(u8);

impl Drop for Val {
    fn drop(&mut self) {
        println!("drop val {}", self.0);
    }
}

fn main() {
    let mut map = HashMap::new();
    map.entry(Key(1)).or_insert(Val(10));
    println!("inserted");
    map.entry(Key(1)).or_insert(Val(11));
    println!("second entry done");
    map.insert(Key(1), Val(12));
    println!("inserted again");
}
