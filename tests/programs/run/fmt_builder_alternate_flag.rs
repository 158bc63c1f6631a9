use std::fmt;

struct Money {
    cents: u64,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            write!(f, "{} cents", self.cents)
        } else {
            write!(f, "${}.{:02}", self.cents / 100, self.cents % 100)
        }
    }
}

fn main() {
    let price = Money { cents: 1205 };
    println!("{} / {:#}", price, price);
    let text = price.to_string();
    println!("{} ({} bytes)", text, text.len());
}
