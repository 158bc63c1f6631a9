#[derive(Debug)]
enum Walk {
    Up(u8),
    Done,
}

impl Iterator for Walk {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        match self {
            Walk::Up(n) if *n < 3 => {
                *n += 1;
                Some(*n)
            }
            Walk::Up(_) => {
                *self = Walk::Done;
                None
            }
            Walk::Done => None,
        }
    }
}

struct Counter {
    n: u32,
}

impl Counter {
    fn total(self) -> u32 {
        self.sum()
    }
}

impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n)
        }
    }
}

fn drain(c: Counter) -> Vec<u32> {
    let mut out = Vec::new();
    for x in c {
        out.push(x);
    }
    out
}

fn main() {
    let mut w = Walk::Up(0);
    for s in &mut w {
        println!("step {s}");
    }
    println!("{w:?}");
    println!("{}", Counter { n: 4 }.total());
    println!("{:?}", drain(Counter { n: 3 }));
}
