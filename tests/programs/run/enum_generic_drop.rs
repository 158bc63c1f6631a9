// A generic enum holding values with `Drop`, and its own `Drop` impl.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
enum Slot<T> {
    Empty,
    Full(T),
}
impl<T> Drop for Slot<T> {
    fn drop(&mut self) {
        match self {
            Slot::Empty => println!("drop empty slot"),
            Slot::Full(_) => println!("drop full slot"),
        }
    }
}
fn main() {
    let a = Slot::Full(Noisy("a"));
    let b: Slot<Noisy> = Slot::Empty;
    {
        let _c = Slot::Full(Noisy("c"));
        println!("inner");
    }
    let _keep = (a, b);
    println!("end");
}
