// Compound assignment and remainder with floats.
fn main() {
    let mut x = 10.0;
    x += 0.5;
    println!("{}", x);
    x -= 20.25;
    println!("{}", x);
    x *= -4.0;
    println!("{}", x);
    x /= 3.0;
    println!("{}", x);
    x %= 4.0;
    println!("{}", x);
    println!("{} {} {}", 7.5 % 2.0, -7.5 % 2.0, 7.5 % -2.0);
    println!("{} {}", 1.0 % 0.0, 5.0f32 % 1.5);
    let mut balance: f64 = 1000.0;
    let rate = 0.05;
    for year in 1..=5 {
        balance *= 1.0 + rate;
        println!("year {}: {:.2}", year, balance);
    }
}
