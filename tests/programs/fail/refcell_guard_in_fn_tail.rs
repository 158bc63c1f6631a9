// Edition 2021: the tail's `Ref` is dropped after the function's locals.
use std::cell::RefCell;

fn read() -> i32 {
    let c = RefCell::new(5);
    *c.borrow() //~ ERROR E0597
}

fn main() {
    println!("{}", read());
}
