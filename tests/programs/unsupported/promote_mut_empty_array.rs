// rustc promotes `&mut []` to static memory; the model declines it.
fn nothing() -> &'static mut [i32] {
    &mut [] //~ UNSUPPORTED
}
fn main() {
    println!("{:?}", nothing());
}
