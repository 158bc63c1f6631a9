struct Steps {
    at: u32,
}

impl Steps {
    fn count(&self) -> u32 {
        self.at * 100
    }
}

impl Iterator for Steps {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.at >= 3 {
            None
        } else {
            self.at += 1;
            Some(self.at)
        }
    }
}

fn main() {
    let mut s = Steps { at: 0 };
    s.next();
    println!("inherent count: {}", s.count());
    let total: u32 = Steps { at: 0 }.map(|x| x * 2).sum();
    println!("{total}");
}
