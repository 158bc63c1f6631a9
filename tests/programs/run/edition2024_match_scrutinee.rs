//@ edition: 2024
// Edition 2024 does not change `match`: its scrutinee's temporaries still
// live to the end of the statement.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
impl Noisy {
    fn size(&self) -> usize {
        self.0.len()
    }
}
fn main() {
    match Noisy("scrutinee").size() {
        0 => println!("empty"),
        n => {
            let _arm = Noisy("arm local");
            println!("size {n}");
        }
    }
    println!("end");
}
