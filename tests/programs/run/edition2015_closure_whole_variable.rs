//@ edition: 2015
// Edition 2015: a closure using `pair.left` captures the whole `pair`, so
// dropping the closure drops both fields.
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
