struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![Noisy(1), Noisy(2), Noisy(3)];
    let backwards: Vec<Noisy> = v.into_iter().rev().take(2).collect();
    println!("collected {} cap {}", backwards.len(), backwards.capacity());
    for n in &backwards {
        println!("kept {}", n.0);
    }
}
