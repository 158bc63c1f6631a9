// `try_into` needs its target from the `Result` it flows into.
fn main() {
    let wide: i64 = 300;
    let narrow: u8 = wide.try_into().unwrap(); //~ UNSUPPORTED
    println!("{:?}", narrow);
}
