struct Counter {
    n: u32,
}

impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n < 5 {
            self.n += 1;
            Some(self.n)
        } else {
            None
        }
    }
}


fn main() {
    let mut c = Counter { n: 0 };
    let firsts: u32 = c.by_ref().take(2).sum();
    println!("{firsts} {:?}", c.next());
    let v = vec![1, 2, 3];
    let mut total = 0;
    for _ in 0..2 {
        let mut it = v.iter();
        it.next();
        total += it.sum::<i32>();
    }
    println!("{total}");
    let mut it = v.iter();
    let r = &mut it;
    let sum: i32 = r.sum();
    println!("{sum} {:?}", it.next());
}
