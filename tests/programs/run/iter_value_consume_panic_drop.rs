struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![Noisy(1), Noisy(2), Noisy(3)];
    let mut it = v.into_iter();
    it.next();
    let total: u32 = it.map(|n| 10 / (n.0 - 2)).sum();
    println!("{total}");
}
