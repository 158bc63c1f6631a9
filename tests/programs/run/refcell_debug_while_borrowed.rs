use std::cell::RefCell;

fn main() {
    let c = RefCell::new(vec![String::from("a")]);
    println!("{:?}", c);
    let guard = c.borrow_mut();
    println!("{:?}", c);
    println!("{:#?}", c);
    drop(guard);
    println!("{:#?}", c);
}
