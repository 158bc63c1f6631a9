trait Unit {
    const SYMBOL: &'static str;
    const PER_METER: f64;
    fn value(&self) -> f64;
    fn to_meters(&self) -> f64 {
        self.value() / Self::PER_METER
    }
}

struct Cm(f64);
struct Inch(f64);

impl Unit for Cm {
    const SYMBOL: &'static str = "cm";
    const PER_METER: f64 = 100.0;
    fn value(&self) -> f64 {
        self.0
    }
}

impl Unit for Inch {
    const SYMBOL: &'static str = "in";
    const PER_METER: f64 = 39.37;
    fn value(&self) -> f64 {
        self.0
    }
}

fn show<U: Unit>(u: &U) {
    println!("{}{} = {:.3}m ({} per meter)", u.value(), U::SYMBOL, u.to_meters(), U::PER_METER);
}

fn main() {
    show(&Cm(250.0));
    show(&Inch(12.0));
    println!("{} {}", Cm::SYMBOL, <Inch as Unit>::SYMBOL);
}
