// Comparing floats with a tolerance instead of ==.
fn approx_eq(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance
}

fn main() {
    let sum = 0.1 + 0.2;
    println!("{} == 0.3? {}", sum, sum == 0.3);
    println!("approximately? {}", approx_eq(sum, 0.3, 1e-12));
    assert!(approx_eq(sum, 0.3, f64::EPSILON));
    let root = 2.0f64.sqrt();
    assert!(approx_eq(root * root, 2.0, 1e-15));
    println!("sqrt(2)^2 = {}", root * root);
    let third = 1.0f32 / 3.0;
    assert!((third * 3.0 - 1.0).abs() < f32::EPSILON);
    println!("f32 third * 3 = {}", third * 3.0);
    assert!(approx_eq(1.0, 1.1, 0.05), "1.0 and 1.1 differ by more than 0.05");
}
