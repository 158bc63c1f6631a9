use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Rank(u32);

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

// The derived comparison would call `Rank`'s own `partial_cmp` field by field.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Player(Rank);

fn main() {
    println!("{}", Player(Rank(1)) < Player(Rank(2))); //~ UNSUPPORTED
}
