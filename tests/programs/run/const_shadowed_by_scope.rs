// A function's own constant hides a top-level one of the same name.
const LABEL: &str = "global";
fn local() -> &'static str {
    const LABEL: &str = "local";
    LABEL
}
fn main() {
    println!("{} {}", LABEL, local());
}
