// The side `zip` does not keep is dropped inside the call.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let lost = Some(Noisy("left")).zip(None::<Noisy>);
    println!("left lost: {}", lost.is_none());
    let lost = None::<Noisy>.zip(Some(Noisy("right")));
    println!("right lost: {}", lost.is_none());
    let both = Some(Noisy("p")).zip(Some(Noisy("q")));
    if let Some((p, q)) = &both {
        println!("kept {} {}", p.0, q.0);
    }
    println!("end");
}
