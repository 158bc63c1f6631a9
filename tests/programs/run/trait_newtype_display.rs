use std::fmt;

struct Wrapper(Vec<String>);

impl fmt::Display for Wrapper {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.0.join(", "))
    }
}

struct Meters(u32);
struct Feet(u32);

trait ToMeters {
    fn meters(&self) -> f64;
}

impl ToMeters for Meters {
    fn meters(&self) -> f64 {
        self.0 as f64
    }
}

impl ToMeters for Feet {
    fn meters(&self) -> f64 {
        self.0 as f64 * 0.3048
    }
}

fn total(a: &impl ToMeters, b: &impl ToMeters) -> f64 {
    a.meters() + b.meters()
}

fn main() {
    let w = Wrapper(vec![String::from("hello"), String::from("world")]);
    println!("w = {}", w);
    println!("{}", w.0.len());
    println!("{:.4}", total(&Meters(3), &Feet(10)));
    println!("{:.4}", total(&Feet(1), &Feet(2)));
}
