struct Ticker {
    name: &'static str,
    left: u32,
}

impl Iterator for Ticker {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.left == 0 {
            println!("{} is done", self.name);
            None
        } else {
            self.left -= 1;
            Some(self.left)
        }
    }
}

impl Drop for Ticker {
    fn drop(&mut self) {
        println!("drop {} with {} left", self.name, self.left);
    }
}

fn main() {
    for t in (Ticker { name: "a", left: 2 }) {
        println!("tick {t}");
    }
    println!("after a");
    for t in (Ticker { name: "b", left: 5 }) {
        if t == 3 {
            break;
        }
    }
    println!("after b");
    let total: u32 = Ticker { name: "c", left: 3 }.zip(Ticker { name: "d", left: 1 }).map(|(x, y)| x + y).sum();
    println!("total {total}");
    let mut e = Ticker { name: "e", left: 4 };
    let n = (&mut e).take(2).count();
    println!("took {n}, e has {} left", e.left);
}
