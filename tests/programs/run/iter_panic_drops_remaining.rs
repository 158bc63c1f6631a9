struct Crate(u8);

impl Drop for Crate {
    fn drop(&mut self) {
        println!("drop crate {}", self.0);
    }
}

fn main() {
    let keep = Crate(0);
    let crates = vec![Crate(1), Crate(2), Crate(3), Crate(4)];
    for c in crates.into_iter() {
        println!("open crate {}", c.0);
        if c.0 == 2 {
            panic!("crate {} is broken", c.0);
        }
    }
    println!("never {}", keep.0);
}
