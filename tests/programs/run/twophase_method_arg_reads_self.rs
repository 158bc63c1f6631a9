struct Counter {
    count: u32,
}

impl Counter {
    fn get(&self) -> u32 {
        self.count
    }

    fn set(&mut self, value: u32) {
        self.count = value;
    }
}

fn main() {
    let mut c = Counter { count: 4 };
    c.set(c.get() * 2);
    println!("{}", c.count);
}
