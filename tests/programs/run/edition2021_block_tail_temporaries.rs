// Edition 2021: a block's tail temporaries outlive its locals.
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
    let n = {
        let _local = Noisy("local");
        Noisy("tail temporary").len()
    };
    println!("n = {n}");
}
