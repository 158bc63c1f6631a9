//@ edition: 2024
// Nested block tails in edition 2024: each block's tail temporary goes
// before that block's locals.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
impl Noisy {
    fn len(&self) -> usize {
        self.0.len()
    }
}
fn main() {
    let total = {
        let _outer = Noisy("outer local");
        let inner = {
            let _inner = Noisy("inner local");
            Noisy("inner tail").len()
        };
        inner + Noisy("outer tail").len()
    };
    println!("total {total}");
}
