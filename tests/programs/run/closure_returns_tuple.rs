fn main() {
    let base = 10;
    let split = |n: i32| (n / base, n % base);
    let (q, r) = split(47);
    println!("{} {}", q, r);
}
