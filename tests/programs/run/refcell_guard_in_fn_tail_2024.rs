//@ edition: 2024
use std::cell::RefCell;

fn read() -> i32 {
    let c = RefCell::new(5);
    *c.borrow()
}

fn main() {
    println!("{}", read());
}
