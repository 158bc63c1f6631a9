struct Noisy;

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop");
    }
}

fn make() -> &'static Noisy {
    &Noisy //~ ERROR E0515
}

fn main() {
    let _n = make();
}
