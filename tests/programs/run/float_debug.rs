// Debug always shows a decimal point, and switches to exponent form for very
// large and very small magnitudes.
fn main() {
    println!("{:?} {:?} {:?}", 1.0, 0.5, -3.0);
    println!("{:?} {:?}", 1e15, 1e16);
    println!("{:?} {:?}", 123456789012345680.0, 0.0001);
    println!("{:?} {:?}", 0.00009999, 1e-7);
    println!("{:?} {:?}", -0.0, f64::MAX);
    println!("{:?} {:?}", f64::INFINITY, f64::NAN);
    println!("{:?}", (1.0, 2.5f32, -0.125));
    println!("{:?}", vec![0.1, 0.2, 0.30000000000000004]);
    println!("{:?} {:?}", 1e16f32, 1e-5f32);
    println!("{:?} {:?}", 16777216.0f32, 0.1f32 + 0.2f32);
    println!("{:.3?} {:8.1?}|", 2.0, 3.14159);
}
