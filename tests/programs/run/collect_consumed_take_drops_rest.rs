struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![Noisy(1), Noisy(2), Noisy(3), Noisy(4), Noisy(5)];
    let first: Vec<Noisy> = v.into_iter().take(2).collect();
    println!("collected {} cap {}", first.len(), first.capacity());
    let w = vec![Noisy(10), Noisy(20), Noisy(30), Noisy(40)];
    let later: Vec<Noisy> = w.into_iter().skip(1).filter(|n| n.0 != 30).collect();
    println!("collected {} cap {}", later.len(), later.capacity());
    println!("end");
}
