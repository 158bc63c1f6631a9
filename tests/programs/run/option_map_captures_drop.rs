struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let tag = Noisy("tag");
    let some = Some(1).map(move |v| v + tag.0.len());
    println!("{:?}", some);
    let other = Noisy("other");
    let none: Option<usize> = None;
    let mapped = none.map(move |v| v + other.0.len());
    println!("{:?}", mapped);
}
