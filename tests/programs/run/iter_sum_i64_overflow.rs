fn main() {
    let big = vec![i64::MAX - 1, 1];
    let fine: i64 = big.iter().sum();
    println!("{fine}");
    let more = vec![i64::MAX, 1];
    let sum: i64 = more.iter().copied().sum();
    println!("{sum}");
}
