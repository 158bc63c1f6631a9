//@ edition: 2024
// An `else if let` chain: each scrutinee's temporaries end before the next
// test in edition 2024.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
impl Noisy {
    fn even(&self) -> Option<u32> {
        if self.0 % 2 == 0 { Some(self.0) } else { None }
    }
}
fn classify(a: u32, b: u32) -> &'static str {
    if let Some(_) = Noisy(a).even() {
        "first"
    } else if let Some(_) = Noisy(b).even() {
        "second"
    } else {
        "neither"
    }
}
fn main() {
    println!("{}", classify(1, 2));
    println!("{}", classify(3, 5));
    println!("{}", classify(4, 7));
}
