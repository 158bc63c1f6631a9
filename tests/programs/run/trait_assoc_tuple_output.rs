trait Split {
    type Parts;
    fn split(&self) -> Self::Parts;
}

struct Money {
    cents: u64,
}

impl Split for Money {
    type Parts = (u64, u64);

    fn split(&self) -> (u64, u64) {
        (self.cents / 100, self.cents % 100)
    }
}

fn main() {
    let m = Money { cents: 12345 };
    let (dollars, cents) = m.split();
    println!("${dollars}.{cents:02}");
    let parts = m.split();
    println!("{:?}", parts);
}
