use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Level(u8);

impl PartialOrd for Level {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        println!("compare {} with {}", self.0, other.0);
        Some(self.cmp(other))
    }
}

impl Ord for Level {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.cmp(&other.0)
    }
}

fn main() {
    println!("{:?}", Level(12).clamp(Level(1), Level(10)));
    println!("{:?}", Level(0).clamp(Level(1), Level(10)));
    println!("{:?}", Level(5).clamp(Level(1), Level(10)));
    println!("{:?}", Level(5).clamp(Level(10), Level(1)));
}
