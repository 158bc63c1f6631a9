struct Counter {
    hits: u32,
}

impl Counter {
    fn get(&self) -> u32 {
        self.hits
    }
}

fn main() {
    let mut c = Counter { hits: 0 };
    let handle = &mut c;
    println!("{}", c.get()); //~ ERROR E0502
    handle.hits += 1;
}
