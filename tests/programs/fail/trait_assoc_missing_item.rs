struct Counter {
    count: u32,
}

impl Iterator for Counter { //~ ERROR E0046
    fn next(&mut self) -> Option<u32> {
        None
    }
}

fn main() {
    let mut counter = Counter { count: 0 };
    println!("{:?} {}", counter.next(), counter.count);
}
