use std::rc::{Rc, Weak};

fn describe(weak: &Weak<Vec<i32>>) {
    match weak.upgrade() {
        Some(v) => println!("len {} strong {}", v.len(), Rc::strong_count(&v)),
        None => println!("nothing"),
    }
}

fn main() {
    let a = Rc::new(vec![1, 2, 3]);
    let b = Rc::clone(&a);
    let weak = Rc::downgrade(&a);
    describe(&weak);
    drop(a);
    describe(&weak);
    drop(b);
    describe(&weak);
}
