use std::cmp::Ordering;

#[derive(Debug, PartialEq, PartialOrd)]
struct Point {
    x: i32,
    y: i32,
}

struct Money {
    cents: u64,
}

impl PartialEq for Money {
    fn eq(&self, other: &Money) -> bool {
        println!("eq {} {}", self.cents, other.cents);
        self.cents == other.cents
    }
}

impl PartialOrd for Money {
    fn partial_cmp(&self, other: &Money) -> Option<Ordering> {
        println!("partial_cmp {} {}", self.cents, other.cents);
        self.cents.partial_cmp(&other.cents)
    }
}

fn main() {
    let p = Point { x: 1, y: 5 };
    let q = Point { x: 1, y: 7 };
    let (rp, rq) = (&p, &q);
    println!("{} {} {} {}", rp < rq, rp == rq, rp != rq, rp >= rq);
    let (rrp, rrq) = (&rp, &rq);
    println!("{}", rrp > rrq);
    let (a, b) = (Money { cents: 250 }, Money { cents: 99 });
    let (ra, rb) = (&a, &b);
    println!("{}", ra > rb);
    println!("{}", ra == rb);
    println!("{}", ra != rb);
    println!("{}", ra <= rb);
}
