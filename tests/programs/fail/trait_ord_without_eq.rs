use std::cmp::Ordering;

#[derive(PartialEq, PartialOrd)]
struct Version(u32);

impl Ord for Version { //~ ERROR E0277
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.cmp(&other.0)
    }
}

fn main() {
    let _ = Version(1);
}
