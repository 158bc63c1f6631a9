use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Card {
    rank: u8,
}

impl PartialOrd for Card {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        println!("compare {} with {}", self.rank, other.rank);
        Some(self.cmp(other))
    }
}

impl Ord for Card {
    fn cmp(&self, other: &Self) -> Ordering {
        self.rank.cmp(&other.rank)
    }
}

fn main() {
    let mut hand = [Card { rank: 9 }, Card { rank: 2 }, Card { rank: 7 }, Card { rank: 4 }];
    hand.sort();
    println!("{:?}", hand);
    hand.sort_unstable_by(|a, b| b.rank.cmp(&a.rank));
    println!("{:?}", hand);
}
