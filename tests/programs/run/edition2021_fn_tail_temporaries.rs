// Edition 2021: the temporaries of a function's tail expression are dropped
// after the function's locals, before the parameters.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
impl Noisy {
    fn len(&self) -> usize {
        self.0.len()
    }
}
fn measure(_param: Noisy) -> usize {
    let _local = Noisy("local");
    Noisy("tail temporary").len()
}
fn main() {
    let n = measure(Noisy("parameter"));
    println!("n = {n}");
}
