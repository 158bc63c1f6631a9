struct Counter {
    count: u32,
}

impl Iterator for Counter {
    type Item = u32;

    fn next(&self) -> Option<u32> { //~ ERROR E0053
        Some(self.count)
    }
}

fn main() {
    let mut counter = Counter { count: 0 };
    println!("{:?}", counter.next());
}
