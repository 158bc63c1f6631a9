// Float to integer casts truncate toward zero and saturate; NaN becomes 0.
fn main() {
    let values: Vec<f64> = vec![3.99, -3.99, 0.5, -0.5, 255.5, 256.0, -1.0, 1e10, -1e10];
    for v in &values {
        let x = *v;
        println!("{:>14}: i32 {:>11} u8 {:>3} i8 {:>4} u32 {:>10}", x, x as i32, x as u8, x as i8, x as u32);
    }
    println!("{} {}", f64::NAN as i32, f64::NAN as u64);
    println!("{} {}", f64::INFINITY as i64, f64::NEG_INFINITY as i64);
    println!("{} {}", 1e40 as u128, -1e40 as i128);
    println!("{} {}", 2.9f32 as i16, -2.9f32 as u16);
    println!("{}", 16777217.0f64 as f32 as i32);
    let price = 19.99;
    let cents = (price * 100.0) as i64;
    let rounded = (price * 100.0f64).round() as i64;
    println!("{} {}", cents, rounded);
}
