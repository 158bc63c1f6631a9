use std::cmp::Ordering;

#[derive(Debug, PartialEq)]
struct Temp(f64);

impl PartialOrd for Temp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.0.partial_cmp(&other.0)
    }
}

fn main() {
    let hottest = Temp(2.5).max(Temp(-1.0)); //~ ERROR E0599
    println!("{:?}", hottest);
}
