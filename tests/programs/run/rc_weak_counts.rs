use std::rc::{Rc, Weak};

fn main() {
    let strong = Rc::new(42);
    let weak: Weak<i32> = Rc::downgrade(&strong);
    let weak2 = weak.clone();
    println!("strong={} weak={}", Rc::strong_count(&strong), Rc::weak_count(&strong));
    drop(weak2);
    println!("strong={} weak={}", Rc::strong_count(&strong), Rc::weak_count(&strong));
    let other = Rc::clone(&strong);
    println!("same allocation: {}", Rc::ptr_eq(&strong, &other));
    let different = Rc::new(42);
    println!("equal values, different boxes: {} {}", *different == *strong, Rc::ptr_eq(&strong, &different));
    println!("{:?}", weak);
}
