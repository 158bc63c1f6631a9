use std::collections::HashMap;

fn main() {
    let mut seen: HashMap<i32, usize> = HashMap::new();
    let numbers = vec![4, 7, 4, 1, 7, 4];
    for (position, n) in [(0, 4), (1, 7), (2, 4), (3, 1), (4, 7), (5, 4)] {
        if seen.contains_key(&n) {
            println!("{} seen first at {}", n, seen[&n]);
        } else {
            seen.insert(n, position);
        }
    }
    let first_seven = seen.get(&7).copied();
    println!("{:?} {:?} {}", first_seven, seen.get(&9).copied(), numbers.len());
    let removed = seen.remove(&4).unwrap_or(99);
    println!("{} {}", removed, seen.len());
}
