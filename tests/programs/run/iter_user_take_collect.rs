struct Squares {
    n: u64,
}

impl Iterator for Squares {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        self.n += 1;
        Some(self.n * self.n)
    }
}

fn main() {
    let first: Vec<u64> = Squares { n: 0 }.take(6).collect();
    println!("{first:?} len {} cap {}", first.len(), first.capacity());
    let odd: Vec<u64> = Squares { n: 0 }.filter(|s| s % 2 == 1).take(4).collect();
    println!("{odd:?}");
    let words: Vec<String> = Squares { n: 2 }.take(3).map(|s| format!("<{s}>")).collect();
    println!("{}", words.join(","));
}
