struct Counter {
    count: u32,
}

impl Iterator for Counter {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.count < 3 {
            self.count += 1;
            Some(self.count)
        } else {
            None
        }
    }
}

struct Holder {
    start: u32,
}

impl Holder {
    fn counter(&self) -> Counter {
        Counter { count: self.start }
    }
}

fn main() {
    let h = Holder { start: 1 };
    println!("{}", h.counter().sum::<u32>()); //~ UNSUPPORTED
}
