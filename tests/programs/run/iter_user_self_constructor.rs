struct Evens {
    next: u16,
    stop: u16,
}

impl Evens {
    fn below(stop: u16) -> Self {
        Self { next: 0, stop }
    }

    fn total(stop: u16) -> u16 {
        Self::below(stop).sum()
    }
}

impl Iterator for Evens {
    type Item = u16;

    fn next(&mut self) -> Option<u16> {
        if self.next >= self.stop {
            return None;
        }
        let value = self.next;
        self.next += 2;
        Some(value)
    }
}

fn main() {
    println!("{}", Evens::total(10));
    println!("{:?}", Evens::below(7).collect::<Vec<u16>>());
}
