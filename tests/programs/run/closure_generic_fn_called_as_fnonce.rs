struct Noisy(String);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn once<F: FnOnce() -> usize>(f: F) -> usize {
    let n = f();
    println!("called");
    n
}

fn main() {
    let n = Noisy(String::from("captured"));
    let read = move || n.0.len();
    println!("{}", once(read));
    println!("end");
}
