// Nested block tails in edition 2021: each block's tail temporary outlives
// that block's locals, up to the end of the enclosing statement.
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
