// Assertions that hold print nothing and let the program go on.
fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn main() {
    let x = 12;
    assert!(x > 10);
    assert!(x % 2 == 0, "x should be even, got {}", x);
    assert_eq!(gcd(48, 18), 6);
    assert_eq!(x * 2, 24, "doubling {} went wrong", x);
    assert_ne!(gcd(7, 3), 7);
    debug_assert!(x < 100);
    debug_assert_eq!(x / 5, 2);
    debug_assert_ne!(x, 13);
    assert_eq!(0.5 + 0.25, 0.75);
    assert_eq!('a' as u8, 97);
    assert_ne!(true, false);
    let ratio: f64 = 2.0 / 3.0;
    assert!((ratio - 0.6667).abs() < 0.001);
    println!("all {} checks passed", 12);
}
