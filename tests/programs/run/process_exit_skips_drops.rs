use std::process;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn check(limit: u32, value: u32) -> u32 {
    if value > limit {
        println!("{value} is over {limit}");
        process::exit(3);
    }
    value * 2
}

fn main() {
    let _outer = Noisy("outer");
    {
        let _inner = Noisy("inner");
    }
    let mut total = 0;
    for v in [1, 5, 12, 2] {
        total += check(10, v);
        println!("total {total}");
    }
    println!("never printed");
}
