struct Fibonacci {
    current: u32,
    next: u32,
}

impl Iterator for Fibonacci {
    type Item = u32;

    fn next(&mut self) -> Option<Self::Item> {
        let value = self.current;
        self.current = self.next;
        self.next += value;
        Some(value)
    }
}

fn fibonacci() -> Fibonacci {
    Fibonacci { current: 0, next: 1 }
}

fn main() {
    for (i, f) in fibonacci().enumerate().skip(5).take(5) {
        println!("fib({i}) = {f}");
    }
    let even_sum: u32 = fibonacci().take(20).filter(|f| f % 2 == 0).sum();
    println!("{even_sum}");
}
