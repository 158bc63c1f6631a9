// Rounding, roots and powers.
fn main() {
    let values: Vec<f64> = vec![2.5, -2.5, 3.7, -3.7, 0.5, -0.5];
    for v in &values {
        println!(
            "{:>5}: floor {:>3} ceil {:>3} round {:>3} trunc {:>3} fract {:>5.2} ties_even {:>3}",
            v,
            v.floor(),
            v.ceil(),
            v.round(),
            v.trunc(),
            v.fract(),
            v.round_ties_even()
        );
    }
    let x: f64 = 2.0;
    println!("{} {} {}", x.sqrt(), x.cbrt(), x.powi(10));
    println!("{} {}", x.powf(0.5), x.powf(-1.5));
    println!("{} {} {}", x.exp(), x.ln(), x.log10());
    println!("{} {}", x.log2(), 8.0f64.log(2.0));
    println!("{} {}", (-4.0f64).sqrt(), (-8.0f64).cbrt());
    println!("{} {} {}", (-3.5f64).abs(), (-3.5f64).signum(), 0.0f64.signum());
    println!("{} {}", 1.5f64.min(2.5), 1.5f64.max(2.5));
    println!("{} {}", 7.5f64.clamp(0.0, 5.0), (-1.0f64).clamp(0.0, 5.0));
    println!("{} {}", 3.0f64.hypot(4.0), 2.0f64.mul_add(3.0, 4.0));
    println!("{} {}", 4.0f64.recip(), 1.0f64.copysign(-0.0));
    println!("{} {}", 1.5f32.powi(3), 10.0f32.sqrt());
    println!("{:#x} {:#x}", 1.0f64.to_bits(), 1.0f32.to_bits());
}
