// Scientific notation with {:e} and {:E}, for floats and integers.
fn main() {
    println!("{:e} {:e} {:e}", 1234.5, 0.00012, 1.0);
    println!("{:E} {:E}", 6.02214076e23, 1.602e-19);
    println!("{:.2e} {:.0e} {:.3e}", 1234.5, 1234.5, 0.0);
    println!("{:e} {:e}", 0.0, -0.0);
    println!("{:e} {:e}", f64::MAX, 5e-324);
    println!("{:e} {:e}", f64::INFINITY, f64::NAN);
    println!("{:e} {:e}", 0.1f32, 3.0e38f32);
    println!("{:e} {:e} {:e}", 1500, 1_000_000u64, -42);
    println!("{:.2e} {:.2e} {:.2e}", 1255, 1245, 1250);
    println!("{:.5e} {:E}", 7, 123456789u32);
    println!("[{:12.3e}] [{:<12e}] [{:+e}]", 299792458.0, 0.5, 2.0);
}
