use std::collections::HashMap;

fn main() {
    let scores = HashMap::from([("ann", 3), ("bo", 5), ("cy", 8)]);
    println!("{} {} {}", scores.len(), scores.capacity(), scores["bo"]);
    let repeated: HashMap<char, u32> = HashMap::from([('a', 1), ('b', 2), ('a', 3)]);
    println!("{} {:?} {}", repeated.len(), repeated.get(&'a'), repeated.capacity());
    let single = HashMap::from([(String::from("k"), vec![1, 2])]);
    println!("{:?}", single);
    let empty: HashMap<i32, i32> = HashMap::from([]);
    println!("{} {}", empty.len(), empty.capacity());
    let many = HashMap::from([(1u8, 1u8), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7), (8, 8)]);
    println!("{}", many.capacity());
}
