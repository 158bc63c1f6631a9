use std::cell::RefCell;
use std::rc::Rc;

fn bump(counter: &Rc<RefCell<i32>>, by: i32) {
    *counter.borrow_mut() += by;
}

fn main() {
    let counter = Rc::new(RefCell::new(0));
    let a = Rc::clone(&counter);
    let b = Rc::clone(&counter);
    bump(&a, 1);
    bump(&b, 10);
    bump(&counter, 100);
    println!("total: {}", counter.borrow());
    println!("owners: {}", Rc::strong_count(&counter));
    println!("{:?}", counter);
}
