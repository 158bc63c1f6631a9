//@ edition: 2024
// An `if let` used as a value inside a larger expression: in edition 2024 the
// scrutinee's temporary is gone before the rest of the tuple is evaluated.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
impl Noisy {
    fn some(&self) -> Option<usize> {
        println!("look at {}", self.0);
        Some(self.0.len())
    }
}
fn main() {
    let pair = (
        if let Some(n) = Noisy("scrutinee").some() { n } else { 0 },
        Noisy("second").some(),
    );
    println!("{:?}", pair);
}
