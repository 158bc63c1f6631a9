fn main() {
    let v = vec![1, 2, 3];
    v.iter().for_each(|x| println!("item {x}"));
    let mut total = 0;
    v.iter().for_each(|x| total += x);
    println!("{total}");
    (0..3).map(|i| i * i).for_each(|sq| print!("{sq} "));
    println!();
    let mut log = Vec::new();
    "ab".chars().for_each(|c| log.push(c));
    println!("{:?}", log);
}
