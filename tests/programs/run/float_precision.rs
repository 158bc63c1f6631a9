// Fixed precision rounds the exact binary value, ties to even.
fn main() {
    println!("{:.2} {:.2} {:.2} {:.2}", 0.125, 0.375, 0.625, 0.875);
    println!("{:.0} {:.0} {:.0} {:.0} {:.0}", 0.5, 1.5, 2.5, 3.5, -2.5);
    println!("{:.1} {:.1} {:.1}", 0.25, 0.35, 0.45);
    println!("{:.2} {:.2}", 1.005, 2.675);
    println!("{:.3}", 3.14159265358979);
    println!("{:.10}", 0.1);
    println!("{:.20}", 0.1);
    println!("{:.0}", 1e21);
    println!("{:.5}", 1e-10);
    println!("{:.1}", 0.04);
    println!("{:.1}", 0.05);
    println!("{:.1}", 0.96);
    println!("{:.2}", 99.995);
    println!("{:.3}", f64::MIN_POSITIVE);
    println!("{:.4}", 1.0f32 / 3.0);
    let price = 19.99;
    let qty = 3.0;
    println!("total: {:.2}", price * qty);
}
