// A static is one place in static memory, read where it is named.
static GREETING: &str = "hi";
fn main() {
    println!("{}", GREETING);
}
