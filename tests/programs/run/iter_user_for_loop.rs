struct Countdown {
    from: i32,
}

impl Iterator for Countdown {
    type Item = i32;

    fn next(&mut self) -> Option<i32> {
        if self.from == 0 {
            return None;
        }
        self.from -= 1;
        Some(self.from + 1)
    }
}

fn main() {
    let countdown = Countdown { from: 3 };
    for n in countdown {
        println!("{n}...");
    }
    println!("liftoff");
    for (i, n) in (Countdown { from: 4 }).enumerate() {
        println!("{i}: {n}");
    }
}
