// Infinity, NaN and negative zero.
fn main() {
    let inf = f64::INFINITY;
    let nan = f64::NAN;
    let neg_zero = -0.0f64;
    println!("{} {} {}", inf, -inf, nan);
    println!("{} {}", inf + 1.0, inf - inf);
    println!("{} {}", 1.0 / neg_zero, 0.0 / 0.0);
    println!("{} {} {}", nan == nan, nan != nan, nan < 1.0);
    println!("{} {}", neg_zero == 0.0, neg_zero);
    println!("{} {}", neg_zero.is_sign_negative(), 0.0f64.is_sign_negative());
    println!("{} {} {}", nan.is_nan(), inf.is_infinite(), inf.is_finite());
    println!("{} {}", (1e308f64 * 10.0).is_infinite(), 1e-320f64.is_normal());
    println!("{} {}", nan.max(1.0), nan.min(-1.0));
    println!("{:?} {:?}", f32::NAN, -f32::INFINITY);
    println!("{} {}", f64::NEG_INFINITY < f64::MIN, f64::MAX < inf);
    println!("{}", -nan);
    println!("[{:>6}] [{:<6}] [{:^7}]", nan, inf, -inf);
}
