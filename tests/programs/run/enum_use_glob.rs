#[derive(Debug, PartialEq, Clone, Copy)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

use Suit::*;

fn is_red(s: Suit) -> bool {
    match s {
        Diamonds | Hearts => true,
        Clubs | Spades => false,
    }
}

fn main() {
    let hand = vec![Clubs, Hearts, Spades, Diamonds];
    let mut reds = 0;
    for card in &hand {
        if is_red(*card) {
            reds += 1;
        }
        println!("{:?} red={}", card, is_red(*card));
    }
    println!("{reds} red cards, first is clubs: {}", hand[0] == Clubs);
}
