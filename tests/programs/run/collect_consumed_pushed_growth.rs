fn main() {
    let mut v = Vec::new();
    for i in 0..5 {
        v.push(i);
    }
    println!("source len {} cap {}", v.len(), v.capacity());
    let doubled: Vec<i32> = v.into_iter().map(|x| x * 2).collect();
    println!("{:?} len {} cap {}", doubled, doubled.len(), doubled.capacity());
}
