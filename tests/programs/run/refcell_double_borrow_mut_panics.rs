use std::cell::RefCell;

fn main() {
    let log = RefCell::new(Vec::new());
    log.borrow_mut().push(1);
    println!("entries: {}", log.borrow().len());
    let first = log.borrow_mut();
    println!("holding a mutable borrow");
    let second = log.borrow_mut();
    println!("never printed {} {}", first.len(), second.len());
}
