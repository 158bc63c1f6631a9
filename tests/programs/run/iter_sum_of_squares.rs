fn main() {
    let squares: i32 = (1..=10).map(|x| x * x).sum();
    println!("sum of squares: {squares}");
    let v = vec![3, 4, 5];
    let s: i32 = v.iter().map(|x| x * x).sum();
    println!("{s}");
    let even_squares: u64 = (1..20u64).filter(|n| n % 2 == 0).map(|n| n * n).sum();
    println!("{even_squares}");
    let odd = (1..=9).filter(|n| n % 2 == 1).sum::<i32>();
    println!("{odd}");
}
