struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Tagged(Noisy, u64);

fn main() {
    let v = vec![Noisy(1), Noisy(2), Noisy(3), Noisy(4)];
    let tagged: Vec<Tagged> = v
        .into_iter()
        .map(|n| {
            if n.0 == 3 {
                panic!("three");
            }
            Tagged(n, 7)
        })
        .collect();
    println!("never {}", tagged.len());
}
