// Matching a slice borrows its elements; they drop with their vector.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let items = vec![Noisy("a"), Noisy("b"), Noisy("c")];
    match &items[..] {
        [first, .., last] => println!("{} … {}", first.0, last.0),
        _ => println!("short"),
    }
    println!("after the match");
}
