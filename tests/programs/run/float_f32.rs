// f32 keeps about 7 significant digits; f64 about 16.
fn main() {
    let a: f32 = 0.1;
    let b: f64 = 0.1;
    println!("{} {}", a, b);
    println!("{} {}", a as f64, b as f32);
    println!("{} {}", a + 0.2, b + 0.2);
    println!("{}", 16777216f32 + 1.0);
    println!("{}", 16777217f32);
    println!("{}", 16777217f64);
    let third = 1.0f32 / 3.0;
    println!("{} {:?} {:.10}", third, third, third);
    println!("{} {}", f32::MAX, f32::MIN_POSITIVE);
    println!("{} {}", f32::EPSILON, f64::EPSILON);
    let mut sum32 = 0.0f32;
    let mut sum64 = 0.0f64;
    for _ in 0..1000 {
        sum32 += 0.001;
        sum64 += 0.001;
    }
    println!("{} {}", sum32, sum64);
    println!("{}", 1.1f32 * 1.1f32);
    println!("{}", (2.0f32).sqrt());
    println!("{}", 3.4e38f32 * 10.0);
}
