use std::cmp::Ordering;

#[derive(Debug, PartialEq)]
struct Wrapper<T>(T);

impl<T: PartialOrd> PartialOrd for Wrapper<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        other.0.partial_cmp(&self.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Id(u8);

impl PartialOrd for Id {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Id {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.cmp(&self.0)
    }
}

fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for &item in items {
        if item > best {
            best = item;
        }
    }
    best
}

fn main() {
    println!("{}", Wrapper(1) < Wrapper(2));
    println!("{}", Wrapper(1.5) > Wrapper(2.5));
    let a = Id(1);
    let b = Id(2);
    println!("{} {:?} {:?}", a < b, a.max(b), a.min(b));
    println!("{:?}", largest(&[Id(3), Id(1), Id(2)]));
    let mut ids = vec![Id(1), Id(3), Id(2)];
    ids.sort();
    println!("{:?}", ids);
    println!("{}", ids.contains(&Id(3)));
}
