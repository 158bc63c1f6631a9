// Whether rustc promotes `&CONSTANT` of a type that needs dropping depends on
// the constant's value (`None` is promoted, `Vec::new()` is not); the model declines it.
const NOTHING: Option<String> = None;
fn nothing() -> &'static Option<String> {
    &NOTHING //~ UNSUPPORTED
}
fn main() {
    println!("{:?}", nothing());
}
