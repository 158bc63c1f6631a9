struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let a = Noisy("a");
    let b = Noisy("b");
    {
        let show = move || println!("{} {}", b.0, a.0);
        show();
        println!("end of block");
    }
    println!("end of main");
}
