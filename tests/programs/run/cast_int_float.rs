// Integer to float casts round to the nearest representable value.
fn main() {
    println!("{} {}", 16777217i32 as f32, 16777217i32 as f64);
    println!("{} {}", 9007199254740993i64 as f64, i64::MAX as f64);
    println!("{} {}", u64::MAX as f32, u128::MAX as f64);
    println!("{} {}", u128::MAX as f32, i128::MIN as f64);
    println!("{} {}", -7i8 as f64, 255u8 as f32);
    let count = 7;
    let total = 22;
    println!("{}", total as f64 / count as f64);
    println!("{:.3}", total as f32 / count as f32);
    println!("{}", (total / count) as f64);
    let n: u64 = 123_456_789_012_345_678;
    println!("{} {:?}", n as f64, n as f32);
    println!("{}", 1u64 << 53);
    println!("{}", ((1u64 << 53) + 1) as f64 as u64);
}
