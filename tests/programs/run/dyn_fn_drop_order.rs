struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let first = Noisy(1);
    let second = Noisy(2);
    let a: Box<dyn Fn() -> u32> = Box::new(move || first.0);
    {
        let b: Box<dyn Fn() -> u32> = Box::new(move || second.0 * 10);
        println!("{} {}", a(), b());
    }
    println!("end of main");
}
