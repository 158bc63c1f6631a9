// Unsuffixed float literals are f64 unless something makes them f32.
fn half(x: f32) -> f32 {
    x / 2.0
}

struct Sample {
    weight: f32,
}

fn main() {
    let a = 0.1;
    let b: f32 = a;
    let c = 0.1;
    println!("{} {} {}", a, b, c + 0.2);
    let mut sum = 0.0;
    let mut i = 0;
    while i < 3 {
        sum += half(1.1);
        i += 1;
    }
    println!("{}", sum);
    let s = Sample { weight: 70.3 };
    let doubled = s.weight * 2.0;
    println!("{}", doubled);
    let precise = 70.3 * 2.0;
    println!("{}", precise);
    let x = 1.0000000596046448;
    let y: f32 = x;
    println!("{} {}", y, 1.0000000596046448f32);
}
