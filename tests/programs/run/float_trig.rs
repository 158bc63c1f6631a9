// Angles and trigonometry.
use std::f64::consts::PI;

fn main() {
    let mut degrees = 0.0;
    while degrees <= 180.0 {
        let radians = degrees * PI / 180.0;
        println!(
            "{:>5.1}°: sin {:>7.4} cos {:>7.4} rad {:.6}",
            degrees,
            radians.sin(),
            radians.cos(),
            radians
        );
        degrees += 45.0;
    }
    println!("{}", (1.0f64).atan2(1.0).to_degrees());
    println!("{}", 90.0f64.to_radians());
    println!("{} {}", PI.sin(), (PI / 2.0).cos());
    println!("{} {} {}", 0.5f64.asin(), 0.5f64.acos(), 1.0f64.atan());
    println!("{} {}", 1.0f64.sinh(), 1.0f64.tanh());
    println!("{}", (PI / 4.0).tan());
    println!("{}", std::f32::consts::PI.sin());
}
