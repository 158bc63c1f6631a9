// `&CONSTANT` is promoted by rustc to static memory; the model declines it.
const LIMIT: u32 = 10;
fn limit() -> &'static u32 {
    &LIMIT //~ UNSUPPORTED
}
fn main() {
    println!("{}", limit());
}
