#[derive(Debug)]
struct Celsius(f64);

impl Celsius {
    fn from_fahrenheit(f: f64) -> Celsius {
        Celsius((f - 32.0) * 5.0 / 9.0)
    }

    fn all(readings: &[f64]) -> Vec<Celsius> {
        readings.iter().copied().map(Self::from_fahrenheit).collect()
    }
}

fn main() {
    let converted: Vec<Celsius> = [32.0, 212.0].into_iter().map(Celsius::from_fahrenheit).collect();
    println!("{:?}", converted);
    println!("{:?}", Celsius::all(&[50.0, 68.0]));
}
