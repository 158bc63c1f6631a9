struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn next(n: u32) -> Option<Noisy> {
    if n == 0 { None } else { Some(Noisy(n)) }
}

fn main() {
    let mut n = 3;
    while let Some(item) = next(n) {
        println!("got {}", item.0);
        n -= 1;
    }
    let mut m = 3;
    while let Some(Noisy(v)) = next(m) {
        println!("value {v}");
        m -= 1;
        if m == 1 {
            continue;
        }
        println!("after continue check");
    }
    println!("done");
}
