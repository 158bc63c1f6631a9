struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![Noisy(1), Noisy(2), Noisy(3), Noisy(4), Noisy(5)];
    let kept: Vec<Noisy> = v
        .into_iter()
        .map(|n| {
            if n.0 == 3 {
                panic!("three");
            }
            n
        })
        .collect();
    println!("never {}", kept.len());
}
