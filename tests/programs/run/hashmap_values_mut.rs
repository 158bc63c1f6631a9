use std::collections::HashMap;

fn main() {
    let mut levels = HashMap::new();
    levels.insert('a', 1);
    levels.insert('b', 2);
    levels.insert('c', 3);
    for level in levels.values_mut() {
        *level *= 10;
    }
    for (_, level) in &mut levels {
        *level += 1;
    }
    for (_, level) in levels.iter_mut() {
        *level += 1;
    }
    println!("{} {} {}", levels[&'a'], levels[&'b'], levels[&'c']);
}
