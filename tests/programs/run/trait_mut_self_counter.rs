trait Counter {
    fn count(&self) -> u32;
    fn increment(&mut self);
    fn add(&mut self, n: u32) {
        for _ in 0..n {
            self.increment();
        }
    }
    fn report(&self) -> String {
        format!("count = {}", self.count())
    }
}

struct Clicks {
    total: u32,
    log: Vec<u32>,
}

impl Counter for Clicks {
    fn count(&self) -> u32 {
        self.total
    }
    fn increment(&mut self) {
        self.total += 1;
        self.log.push(self.total);
    }
}

fn bump_twice<C: Counter>(c: &mut C) {
    c.increment();
    c.increment();
}

fn main() {
    let mut clicks = Clicks { total: 0, log: Vec::new() };
    clicks.increment();
    println!("{}", clicks.report());
    clicks.add(3);
    println!("{} {:?}", clicks.report(), clicks.log);
    bump_twice(&mut clicks);
    println!("{} {} {}", clicks.count(), clicks.log.len(), clicks.log.capacity());
}
