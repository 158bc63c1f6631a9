// `static` items are declined: the model has no static memory for them yet.
static GREETING: &str = "hi"; //~ UNSUPPORTED
fn main() {
    println!("{}", GREETING);
}
