use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
enum Suit {
    Clubs,
    Hearts,
    Spades,
}

impl fmt::Display for Suit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let symbol = match self {
            Suit::Clubs => "clubs",
            Suit::Hearts => "hearts",
            Suit::Spades => "spades",
        };
        write!(f, "{}", symbol)
    }
}

fn largest<T: PartialOrd + Copy>(items: &[T]) -> Option<T> {
    let mut best = None;
    for &item in items {
        match best {
            None => best = Some(item),
            Some(b) if item > b => best = Some(item),
            _ => {}
        }
    }
    best
}

fn describe<T: fmt::Display>(label: &str, value: T) -> String {
    format!("{}: {}", label, value)
}

fn main() {
    let hand = [Suit::Hearts, Suit::Clubs, Suit::Spades, Suit::Hearts];
    println!("{:?}", largest(&hand));
    println!("{:?}", largest::<i32>(&[]));
    println!("{}", describe("best", largest(&hand).unwrap()));
    println!("{}", describe("number", 7));
    println!("{}", Suit::Clubs < Suit::Spades);
}
