// Top-level constants used from methods and associated constants.
const SCALE: i32 = 10;
struct Meter(i32);
impl Meter {
    const ZERO: Meter = Meter(0);
    fn scaled(&self) -> i32 {
        self.0 * SCALE
    }
}
fn main() {
    let m = Meter(4);
    println!("{}", m.scaled());
    println!("{}", Meter::ZERO.scaled());
}
