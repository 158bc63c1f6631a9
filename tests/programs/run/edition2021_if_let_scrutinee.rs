// Edition 2021: the temporaries of an `if let` scrutinee live to the end of
// the statement, after the `else` branch.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
impl Noisy {
    fn find(&self, wanted: bool) -> Option<usize> {
        if wanted { Some(self.0.len()) } else { None }
    }
}
fn main() {
    if let Some(n) = Noisy("scrutinee one").find(false) {
        println!("found {n}");
    } else {
        println!("else branch");
    }
    if let Some(n) = Noisy("scrutinee two").find(true) {
        let _inner = Noisy("then local");
        println!("found {n}");
    } else {
        println!("else branch");
    }
    println!("end");
}
