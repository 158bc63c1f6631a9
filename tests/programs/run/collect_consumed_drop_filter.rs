struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![Noisy(1), Noisy(2), Noisy(3), Noisy(4), Noisy(5)];
    let even: Vec<Noisy> = v.into_iter().filter(|n| n.0 % 2 == 0).collect();
    println!("collected {} cap {}", even.len(), even.capacity());
    for n in &even {
        println!("kept {}", n.0);
    }
    println!("end");
}
