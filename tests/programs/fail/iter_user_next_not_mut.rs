struct Counter {
    count: u32,
}

impl Iterator for Counter {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        self.count += 1;
        Some(self.count)
    }
}

fn main() {
    let counter = Counter { count: 0 };
    println!("{:?}", counter.next()); //~ ERROR E0596
}
