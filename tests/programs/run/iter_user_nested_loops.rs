struct Range3 {
    i: u8,
}

impl Iterator for Range3 {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        if self.i < 3 {
            self.i += 1;
            Some(self.i)
        } else {
            None
        }
    }
}

fn main() {
    let mut pairs = 0;
    for a in (Range3 { i: 0 }) {
        for b in (Range3 { i: a }) {
            println!("({a}, {b})");
            pairs += 1;
        }
    }
    println!("{pairs} pairs");
}
