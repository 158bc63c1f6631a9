// A constant of a type with `Drop` makes a fresh value at each use, and each
// one is dropped on its own.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
impl Noisy {
    fn greet(&self) {
        println!("hello from {}", self.0);
    }
}
const TEMPLATE: Noisy = Noisy("template");
fn main() {
    TEMPLATE.greet();
    println!("after the temporary");
    let a = TEMPLATE;
    let b = TEMPLATE;
    println!("two bound copies");
    drop(a);
    println!("dropped a");
    let _ = b;
    println!("end of main");
}
