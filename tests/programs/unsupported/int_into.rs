// `into()` needs the target type from its context.
fn main() {
    let small: u8 = 7;
    let wide: u64 = small.into(); //~ UNSUPPORTED
    println!("{}", wide);
}
