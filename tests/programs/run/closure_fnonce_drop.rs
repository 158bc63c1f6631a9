struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let a = Noisy("a");
    let eat = move || {
        println!("eating {}", a.0);
        drop(a);
        println!("ate");
    };
    println!("before");
    eat();
    println!("after");
}
