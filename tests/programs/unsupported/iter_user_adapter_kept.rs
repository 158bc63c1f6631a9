struct Counter {
    count: u32,
}

impl Iterator for Counter {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.count < 5 {
            self.count += 1;
            Some(self.count)
        } else {
            None
        }
    }
}

fn main() {
    let mut evens = Counter { count: 0 }.filter(|x| x % 2 == 0); //~ UNSUPPORTED
    println!("{:?}", evens.next());
}
