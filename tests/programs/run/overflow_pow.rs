// pow panics when the result does not fit.
fn main() {
    let mut base: i64 = 10;
    let mut exp = 15;
    while exp < 25 {
        println!("10^{} = {}", exp, base.pow(exp));
        exp += 1;
    }
    base += 1;
    println!("{}", base);
}
