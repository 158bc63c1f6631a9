// `xor` keeps the one option that is `Some`; two `Some`s are both dropped.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let some = Some(1);
    let none: Option<i32> = None;
    println!("{:?} {:?} {:?} {:?}", some.xor(none), none.xor(some), some.xor(Some(2)), none.xor(None));
    let both = Some(Noisy("s")).xor(Some(Noisy("t")));
    println!("both: {}", both.is_none());
    let kept = Some(Noisy("k")).xor(None);
    if let Some(n) = &kept {
        println!("kept {}", n.0);
    }
    let other = None.xor(Some(Noisy("o")));
    println!("other: {}", other.is_some());
}
