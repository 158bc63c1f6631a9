fn main() {
    let v = vec![1, 2, 3, 4];
    println!("{}", v.iter().sum::<i32>());
    println!("{}", (1..=10u64).product::<u64>());
    println!("{}", v.iter().map(|&x| x as u64).product::<u64>());
    let factorial_20 = (1..=20).product::<u64>();
    println!("{factorial_20}");
    println!("{}", (1..1).product::<i32>());
    println!("{}", (1..1).sum::<i64>());
}
