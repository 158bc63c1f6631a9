struct Counter {
    count: usize,
}

impl Iterator for Counter { //~ UNSUPPORTED
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.count < 3 {
            self.count += 1;
            Some(self.count)
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (3 - self.count, Some(3 - self.count))
    }
}

fn main() {
    let v: Vec<usize> = Counter { count: 0 }.collect();
    println!("{v:?}");
}
