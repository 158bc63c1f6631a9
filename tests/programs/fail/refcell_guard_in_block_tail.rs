// Edition 2021: the `Ref` of the block's tail lives to the end of the
// `let`, after the `RefCell` it borrows.
use std::cell::RefCell;
fn main() {
    let n = {
        let c = RefCell::new(5);
        *c.borrow() //~ ERROR E0597
    };
    println!("{}", n);
}
