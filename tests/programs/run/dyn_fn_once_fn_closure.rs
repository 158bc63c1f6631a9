// An `Fn` closure behind `Box<dyn FnOnce()>`: the call borrows it, then the
// box and its captured String are dropped.
struct Noisy(String);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let noisy = Noisy(String::from("captured"));
    let run: Box<dyn FnOnce() -> usize> = Box::new(move || noisy.0.len());
    println!("calling");
    let n = run();
    println!("got {n}");
}
