// pow, abs, signum, min, max, clamp and logarithms.
fn main() {
    println!("{} {} {}", 2i32.pow(10), 3u64.pow(20), (-2i64).pow(63));
    println!("{} {} {}", 10u8.pow(2), 0i32.pow(0), (-3i32).pow(3));
    let values = vec![-17, 0, 42, i32::MAX, -i32::MAX];
    for v in &values {
        println!(
            "{:>11}: abs {:>10} signum {:>2} positive {:>5} negative {:>5}",
            v,
            v.abs(),
            v.signum(),
            v.is_positive(),
            v.is_negative()
        );
    }
    println!("{} {}", 7.min(3), (-7i64).max(3));
    println!("{} {} {}", 15.clamp(0, 10), (-5).clamp(0, 10), 5u8.clamp(1, 9));
    println!("{} {}", (-128i8).unsigned_abs(), 10u32.abs_diff(25));
    println!("{} {}", (-100i16).abs_diff(100), i32::MIN.unsigned_abs());
    println!("{} {} {}", 1024u32.ilog2(), 999u32.ilog10(), 1000i64.ilog10());
    println!("{} {}", 99u64.isqrt(), 1_000_000i32.isqrt());
    println!("{}", i32::max(4, 9) + i32::min(4, 9));
    println!("{}", u64::pow(2, 40));
}
