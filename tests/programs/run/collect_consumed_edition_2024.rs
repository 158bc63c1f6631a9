//@ edition: 2024
struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn odd(v: Vec<Noisy>) -> Vec<Noisy> {
    v.into_iter().filter(|n| n.0 % 2 == 1).collect()
}

fn main() {
    let kept = odd(vec![Noisy(1), Noisy(2), Noisy(3)]);
    println!("kept {} cap {}", kept.len(), kept.capacity());
}
