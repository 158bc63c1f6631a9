use std::cmp::Ordering;

#[derive(Debug)]
struct N(u8);

impl PartialEq for N {
    fn eq(&self, other: &Self) -> bool {
        println!("eq {} {}", self.0, other.0);
        self.0 == other.0
    }
}

impl Eq for N {}

impl PartialOrd for N {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        println!("partial_cmp {} {}", self.0, other.0);
        Some(self.cmp(other))
    }
}

impl Ord for N {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.cmp(&other.0)
    }
}

fn main() {
    let mut v = vec![N(4), N(1), N(3), N(1), N(2)];
    v.sort();
    println!("{:?}", v);
    println!("{}", v.contains(&N(3)));
    println!("{}", v.contains(&N(9)));
    let mut w = vec![N(2), N(1)];
    w.sort_unstable();
    println!("{:?}", w);
}
