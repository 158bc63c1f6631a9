struct Ticker {
    left: u32,
}

impl Iterator for Ticker {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.left == 0 {
            None
        } else {
            self.left -= 1;
            Some(self.left)
        }
    }
}

impl Drop for Ticker {
    fn drop(&mut self) {
        println!("drop with {} left", self.left);
    }
}

fn main() {
    for t in (Ticker { left: 2 }).chain(Ticker { left: 1 }) { //~ UNSUPPORTED
        println!("{t}");
    }
}
