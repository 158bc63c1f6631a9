struct Halves {
    value: u64,
}

impl Iterator for Halves {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        if self.value == 0 {
            None
        } else {
            let current = self.value;
            self.value /= 2;
            Some(current)
        }
    }
}

fn main() {
    let mut halves = Halves { value: 100 };
    let mut steps = 0;
    while let Some(v) = halves.next() {
        steps += 1;
        println!("{v}");
    }
    println!("{steps} steps, then {:?}", halves.next());
}
