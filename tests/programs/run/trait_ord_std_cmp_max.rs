use std::cmp::{max, min, Ordering};

#[derive(Debug, PartialEq, Eq)]
struct Rank(u32);

// Rank 1 is the best: the order is reversed.
impl PartialOrd for Rank {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Rank {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.cmp(&self.0)
    }
}

fn main() {
    println!("{:?}", max(Rank(1), Rank(7)));
    println!("{:?}", min(Rank(1), Rank(7)));
    println!("{:?}", std::cmp::max(Rank(3), Rank(2)));
    println!("{}", max(4, 11));
    println!("{}", std::cmp::min(-4, 11));
}
