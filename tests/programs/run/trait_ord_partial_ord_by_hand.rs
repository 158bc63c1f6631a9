use std::cmp::Ordering;

#[derive(PartialEq)]
struct Score(u32);

impl PartialOrd for Score {
    fn partial_cmp(&self, other: &Score) -> Option<Ordering> {
        other.0.partial_cmp(&self.0)
    }
}

fn main() {
    println!("{}", Score(1) < Score(2));
}
