//@ edition: 2018
// Before edition 2021, `panic!("{}")` with no other argument panics with the
// text itself, braces included.
fn main() {
    println!("about to panic");
    panic!("{} is not a placeholder here"); //~ UNSUPPORTED
}
