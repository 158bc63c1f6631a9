use std::rc::Rc;

fn main() {
    let a = Rc::new(5);
    let b = Rc::clone(&a);
    let c = Rc::new(5);
    println!("a and b: {}", Rc::ptr_eq(&a, &b));
    println!("a and c: {}", Rc::ptr_eq(&a, &c));
    println!("values equal: {}", *a == *c);
    let weak = Rc::downgrade(&c);
    let back = weak.upgrade().unwrap();
    println!("upgraded is c: {}", Rc::ptr_eq(&back, &c));
}
