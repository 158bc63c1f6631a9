// A generic function and a struct with a `Display` impl inside a module.
mod util {
    use std::fmt;
    pub fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
        let mut best = items[0];
        for &item in items {
            if item > best {
                best = item;
            }
        }
        best
    }
    pub struct Celsius(pub f64);
    impl fmt::Display for Celsius {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "{} °C", self.0)
        }
    }
}
fn main() {
    println!("{}", util::largest(&[3, 9, 2]));
    println!("{}", util::largest(&[1.5, 0.5]));
    println!("{}", util::Celsius(21.5));
}
