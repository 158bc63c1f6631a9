use std::rc::{Rc, Weak};

fn main() {
    let empty: Weak<String> = Weak::new();
    println!("{:?}", empty.upgrade());
    let copy = empty.clone();
    println!("{:?} {:?}", copy, copy.upgrade().is_none());
    let owner = Rc::new(String::from("x"));
    let mut slot = Weak::new();
    println!("{}", slot.upgrade().is_none());
    slot = Rc::downgrade(&owner);
    println!("{:?} {}", slot.upgrade(), Rc::weak_count(&owner));
}
