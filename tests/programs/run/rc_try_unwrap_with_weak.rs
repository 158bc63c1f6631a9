use std::rc::Rc;

fn main() {
    let rc = Rc::new(String::from("solo"));
    let weak = Rc::downgrade(&rc);
    let text = Rc::try_unwrap(rc).unwrap();
    println!("took {}", text);
    println!("weak upgrade: {:?}", weak.upgrade());
}
