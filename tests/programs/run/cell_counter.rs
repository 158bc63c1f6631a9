use std::cell::Cell;

struct Stats {
    hits: Cell<u32>,
    name: String,
}

impl Stats {
    fn record(&self) {
        self.hits.set(self.hits.get() + 1);
    }
}

fn main() {
    let stats = Stats { hits: Cell::new(0), name: String::from("page") };
    stats.record();
    stats.record();
    let r = &stats;
    r.record();
    println!("{} hits on {}", stats.hits.get(), stats.name);
    let old = stats.hits.replace(100);
    println!("old {} new {}", old, stats.hits.get());
    println!("{:?}", stats.hits);
}
