use std::fmt::Display;

fn inner() -> impl Display {
    'z'
}

// Returns another function's `impl Display`: the same hidden type.
fn outer() -> impl Display {
    inner()
}

fn main() {
    let value = outer();
    println!("[{}] {}", value, std::mem::size_of_val(&value));
}
