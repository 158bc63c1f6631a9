// i128 arithmetic, printing and conversions.
fn main() {
    let a: i128 = -170_141_183_460_469_231_731_687_303_715_884_105_728;
    let b = i128::MAX;
    println!("{} {}", a, b);
    println!("{}", a + b);
    println!("{}", b / -7);
    println!("{}", a % 1_000_000);
    println!("{:x}", a);
    println!("{:x}", -1i128);
    println!("{}", (a as u128) >> 120);
    println!("{}", a.unsigned_abs());
    println!("{}", (b as f64));
    println!("{}", i64::MAX as i128 * 4);
    println!("{:?}", a.overflowing_sub(1));
    println!("{}", b.wrapping_add(1) == a);
    println!("{}", (-12345678901234567890123456789i128).abs());
}
