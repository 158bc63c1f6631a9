fn main() {
    let mut readings = vec![3, 3, 3, 5, 5, 3, 9, 9];
    readings.dedup();
    println!("{:?} len {} capacity {}", readings, readings.len(), readings.capacity());
    let mut words = vec![String::from("a"), String::from("a"), String::from("b")];
    words.dedup();
    println!("{:?}", words);
    let mut empty: Vec<i32> = Vec::new();
    empty.dedup();
    println!("{:?}", empty);
}
