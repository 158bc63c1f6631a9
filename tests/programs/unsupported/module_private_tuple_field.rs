// A tuple struct's private field is declined outside its module.
mod wrap {
    pub struct Meters(f64);
    pub fn meters(x: f64) -> Meters {
        Meters(x)
    }
}
fn main() {
    let m = wrap::meters(2.0);
    let pair = (1, 2);
    println!("{}", pair.0); //~ UNSUPPORTED
    let _ = m;
}
