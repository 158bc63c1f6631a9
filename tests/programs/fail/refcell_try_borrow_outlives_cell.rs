use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(1);
    let reader = cell.try_borrow();
    drop(cell); //~ ERROR E0505
    println!("{:?}", reader);
}
