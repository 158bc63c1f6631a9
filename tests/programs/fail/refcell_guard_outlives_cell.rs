use std::cell::RefCell;
fn main() {
    let _guard;
    {
        let c = RefCell::new(5);
        _guard = c.borrow(); //~ ERROR E0597
    }
}
