fn zero() -> i32 {
    0
}
fn main() {
    let d = zero();
    println!("{}", 10 / d);
}
