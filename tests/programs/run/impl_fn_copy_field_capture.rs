struct Noisy(i32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn holder(n: Noisy) -> impl Fn() -> i32 {
    move || n.0 * 2
}

fn main() {
    let h2 = holder(Noisy(7));
    println!("made");
    let r = h2();
    println!("called {r}");
}
