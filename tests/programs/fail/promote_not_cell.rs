use std::cell::Cell;

fn counter() -> &'static Cell<i32> {
    &Cell::new(0) //~ ERROR E0515
}

fn main() {
    println!("{}", counter().get());
}
