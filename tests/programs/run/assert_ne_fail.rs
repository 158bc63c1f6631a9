// assert_ne! fails when both sides are equal.
fn main() {
    let a = 0.1 + 0.2;
    let b = 0.3;
    assert_ne!(a, b);
    println!("{} != {}", a, b);
    let c = 0.5 + 0.25;
    assert_ne!(c, 0.75, "expected a rounding difference");
    println!("not printed");
}
