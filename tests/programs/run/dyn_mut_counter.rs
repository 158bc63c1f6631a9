trait Counter {
    fn tick(&mut self);
    fn value(&self) -> i64;
}

struct Up {
    n: i64,
}

struct Down {
    n: i64,
    step: i64,
}

impl Counter for Up {
    fn tick(&mut self) {
        self.n += 1;
    }
    fn value(&self) -> i64 {
        self.n
    }
}

impl Counter for Down {
    fn tick(&mut self) {
        self.n -= self.step;
    }
    fn value(&self) -> i64 {
        self.n
    }
}

fn run(counter: &mut dyn Counter, times: u32) -> i64 {
    for _ in 0..times {
        counter.tick();
    }
    counter.value()
}

fn main() {
    let mut up = Up { n: 0 };
    let mut down = Down { n: 100, step: 7 };
    println!("{}", run(&mut up, 5));
    println!("{}", run(&mut down, 3));
    println!("{} {}", up.value(), down.value());
    let mut counters: Vec<Box<dyn Counter>> = vec![Box::new(Up { n: 10 }), Box::new(Down { n: 0, step: 2 })];
    for c in &mut counters {
        c.tick();
        c.tick();
    }
    for c in &counters {
        println!("{}", c.value());
    }
}
