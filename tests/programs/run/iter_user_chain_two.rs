struct Upto {
    next: i64,
    end: i64,
}

impl Iterator for Upto {
    type Item = i64;

    fn next(&mut self) -> Option<i64> {
        if self.next >= self.end {
            return None;
        }
        self.next += 1;
        Some(self.next - 1)
    }
}

fn upto(start: i64, end: i64) -> Upto {
    Upto { next: start, end }
}

fn main() {
    let all: Vec<i64> = upto(0, 3).chain(upto(10, 12)).collect();
    println!("{all:?}");
    for (a, b) in upto(1, 4).zip(upto(-3, 100)) {
        println!("{a} {b}");
    }
    let mixed: i64 = upto(0, 5).chain(upto(0, 5).skip(3)).map(|x| x * x).sum();
    println!("{mixed}");
}
