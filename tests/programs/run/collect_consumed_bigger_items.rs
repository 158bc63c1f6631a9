struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Tagged(Noisy, u64);

fn main() {
    let v = vec![Noisy(1), Noisy(2), Noisy(3), Noisy(4)];
    let tagged: Vec<Tagged> = v.into_iter().take(2).map(|n| Tagged(n, 7)).collect();
    println!("collected {} cap {}", tagged.len(), tagged.capacity());
    for t in &tagged {
        println!("tag {} {}", (t.0).0, t.1);
    }
}
