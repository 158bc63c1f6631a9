struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn first(a: [&D; 2]) -> &D { a[0] }
fn main() {
    let m = first([&D("x"), &D("y")]); //~ ERROR E0716
    println!("{}", m.0);
}
