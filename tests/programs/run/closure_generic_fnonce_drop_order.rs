struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn run<F: FnOnce() -> usize>(f: F) -> usize {
    println!("running");
    let n = f();
    println!("ran");
    n
}

fn main() {
    let a = Noisy("alpha");
    let n = run(move || a.0.len());
    println!("{}", n);
}
