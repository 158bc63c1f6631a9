use std::ops::{AddAssign, MulAssign};

#[derive(Debug, Clone, Copy, Default)]
struct Money {
    cents: u64,
}

impl AddAssign for Money {
    fn add_assign(&mut self, other: Money) {
        self.cents += other.cents;
    }
}

impl MulAssign for Money {
    fn mul_assign(&mut self, other: Money) {
        self.cents *= other.cents;
    }
}

struct Wallet {
    total: Money,
}

fn main() {
    let prices = [Money { cents: 250 }, Money { cents: 199 }, Money { cents: 1 }];
    let mut wallet = Wallet { total: Money::default() };
    for price in prices {
        wallet.total += price;
    }
    println!("{:?}", wallet.total);
    let r = &mut wallet;
    r.total *= Money { cents: 2 };
    println!("{}", wallet.total.cents);
}
