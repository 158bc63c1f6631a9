// Fibonacci numbers until u64 would overflow, using checked growth by hand.
fn main() {
    let mut a: u64 = 0;
    let mut b: u64 = 1;
    let mut n = 1;
    while b <= u64::MAX - a {
        let next = a + b;
        a = b;
        b = next;
        n += 1;
        if n % 10 == 0 {
            println!("fib({:>2}) = {:>20}", n, b);
        }
    }
    println!("largest u64 Fibonacci number: fib({}) = {}", n, b);
    println!("digits: {}", b.ilog10() + 1);
    let ratio = b as f64 / a as f64;
    println!("ratio: {}", ratio);
    let big: u128 = a as u128 + b as u128;
    println!("next one needs u128: {}", big);
}
