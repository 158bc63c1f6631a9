use std::ops::Mul;

#[derive(Debug, Clone, Copy)]
struct Meters(f64);

impl Mul<f64> for Meters {
    type Output = Meters;
    fn mul(self, k: f64) -> Meters {
        Meters(self.0 * k)
    }
}

impl Mul<Meters> for Meters { //~ UNSUPPORTED
    type Output = f64;
    fn mul(self, other: Meters) -> f64 {
        self.0 * other.0
    }
}

fn main() {
    println!("{:?} {}", Meters(2.0) * 3.0, Meters(2.0) * Meters(4.0));
}
