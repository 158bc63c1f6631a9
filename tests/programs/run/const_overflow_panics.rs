// Arithmetic on a constant at run time panics on overflow in a debug build.
const BIG: u8 = 250;
fn main() {
    let mut value = BIG;
    for step in 0..10u8 {
        println!("{value}");
        value += step;
    }
}
