//@ edition: 2021
// Edition 2021: a closure using `pair.left` captures only that field, so
// dropping the closure drops it and `pair.right` lives to the end of `main`.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct Pair {
    left: Noisy,
    right: Noisy,
}
fn main() {
    let pair = Pair { left: Noisy("left"), right: Noisy("right") };
    let show = move || println!("closure sees {}", pair.left.0);
    show();
    drop(show);
    println!("after the closure");
}
