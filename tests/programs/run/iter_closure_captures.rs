fn main() {
    let threshold = 10;
    let v = vec![4, 12, 9, 30];
    let above: Vec<&i32> = v.iter().filter(|x| **x > threshold).collect();
    println!("{:?}", above);
    let offset = 100;
    let shifted: Vec<i32> = v.iter().map(|x| x + offset).collect();
    println!("{:?}", shifted);
    let mut seen = Vec::new();
    let count = v
        .iter()
        .filter(|x| {
            seen.push(**x);
            **x % 2 == 0
        })
        .count();
    println!("{count} {:?}", seen);
    let mut calls = 0;
    let total: i32 = v.iter().map(|x| {
        calls += 1;
        x * 2
    }).sum();
    println!("{total} after {calls} calls");
}
