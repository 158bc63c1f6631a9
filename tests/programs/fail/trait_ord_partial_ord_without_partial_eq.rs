use std::cmp::Ordering;

struct Weight(u32);

impl PartialOrd for Weight { //~ ERROR E0277
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.0.partial_cmp(&other.0)
    }
}

fn main() {
    let _ = Weight(1);
}
