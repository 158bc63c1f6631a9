// Display prints the shortest decimal that reads back as the same float.
fn main() {
    let a = 0.1 + 0.2;
    println!("{}", a);
    println!("{}", 0.3);
    println!("{}", a == 0.3);
    println!("{} {} {}", 1.0, 1.5, -2.0);
    println!("{} {}", 100.0, 1e15);
    println!("{} {}", 1e21, 1.5e300);
    println!("{} {}", 1e-7, 123.456e-10);
    println!("{} {}", -0.0, 0.0);
    println!("{} {}", f64::MAX, f64::MIN_POSITIVE);
    println!("{}", 5e-324);
    println!("{}", 2.0f64.powi(60));
    println!("{}", 1.0 / 3.0);
    println!("{}", 2.0 / 3.0);
    println!("{}", 100.0 / 3.0);
    let third: f32 = 1.0 / 3.0;
    println!("{}", third);
    println!("{}", 9007199254740993.0);
}
