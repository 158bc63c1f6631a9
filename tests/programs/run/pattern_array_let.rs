// An irrefutable array pattern in `let`, and moving elements out.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let [a, b, c] = [1, 2, 3];
    println!("{}", a + b + c);
    let [first, .., last] = [Noisy("one"), Noisy("two"), Noisy("three")];
    println!("got {} and {}", first.0, last.0);
    drop(last);
    println!("end of main");
}
