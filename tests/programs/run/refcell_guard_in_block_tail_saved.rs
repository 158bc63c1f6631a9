// Saving the value in a local drops the `Ref` at the end of its statement,
// before the block's `RefCell`.
use std::cell::RefCell;
fn main() {
    let n = {
        let c = RefCell::new(5);
        let x = *c.borrow();
        x
    };
    let len = {
        let items = RefCell::new(vec![1, 2]);
        items.borrow_mut().push(3);
        let len = items.borrow().len();
        len
    };
    println!("{n} {len}");
}
