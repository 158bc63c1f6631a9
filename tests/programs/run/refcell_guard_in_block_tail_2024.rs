//@ edition: 2024
// Edition 2024 drops the tail's `Ref` before the block's locals.
use std::cell::RefCell;
fn main() {
    let n = {
        let c = RefCell::new(5);
        *c.borrow()
    };
    println!("{}", n);
}
