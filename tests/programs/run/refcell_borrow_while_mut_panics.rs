use std::cell::RefCell;

fn main() {
    let value = RefCell::new(10);
    let mut writer = value.borrow_mut();
    *writer += 1;
    println!("writer holds {}", *writer);
    let reader = value.borrow();
    println!("never printed {}", *reader);
}
