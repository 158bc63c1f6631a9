use std::cmp::Ordering;

#[derive(Debug, PartialEq)]
struct Temp(f64);

impl PartialOrd for Temp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.0.partial_cmp(&other.0)
    }
}

fn main() {
    let mut temps = vec![Temp(2.5), Temp(-1.0)];
    temps.sort(); //~ ERROR E0277
    println!("{:?}", temps);
}
