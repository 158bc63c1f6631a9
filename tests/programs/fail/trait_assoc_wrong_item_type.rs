struct Counter {
    count: u32,
}

impl Iterator for Counter {
    type Item = u32;

    fn next(&mut self) -> Option<i32> { //~ ERROR E0053
        None
    }
}

fn main() {
    let mut counter = Counter { count: 0 };
    println!("{:?} {}", counter.next(), counter.count);
}
