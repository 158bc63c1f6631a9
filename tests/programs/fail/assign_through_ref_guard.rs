use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(1);
    let guard = cell.borrow();
    *guard = 2; //~ ERROR E0594
    println!("{:?}", cell);
}
