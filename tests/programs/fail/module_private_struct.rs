// A private struct of a module cannot be named outside it.
mod secrets {
    pub struct Open;
    struct Hidden;
    pub fn count() -> u32 {
        let _h = Hidden;
        1
    }
}
fn main() {
    let _o = secrets::Open;
    let _h = secrets::Hidden; //~ ERROR E0603
    println!("{}", secrets::count());
}
