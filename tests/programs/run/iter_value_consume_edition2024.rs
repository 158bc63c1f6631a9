//@ edition: 2024
struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn total() -> u32 {
    let v = vec![Noisy(1), Noisy(2), Noisy(3)];
    let mut it = v.into_iter();
    it.next();
    it.map(|n| n.0).sum()
}

fn main() {
    let mut r = 0..4;
    r.next();
    let s: i32 = r.sum();
    println!("{s}");
    println!("total {}", total());
}
