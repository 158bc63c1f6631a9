use std::ops::Deref;

#[derive(Debug)]
struct Score(u32);

impl Deref for Score {
    type Target = u32;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Score {
    fn doubled(&self) -> u32 {
        **self * 2
    }
    fn beats(&self, other: &Score) -> bool {
        **self > **other
    }
}

fn main() {
    let a = Score(7);
    let b = Score(4);
    println!("{} {} {:?}", a.doubled(), a.beats(&b), b);
    let scores = vec![Score(1), Score(9), Score(3)];
    let mut best = 0;
    for s in &scores {
        if **s > best {
            best = **s;
        }
    }
    println!("best {best}");
}
