use std::rc::Rc;

fn main() {
    let owner = Rc::new(String::from("config"));
    let weak = Rc::downgrade(&owner);
    match weak.upgrade() {
        Some(strong) => {
            println!("still here: {}", strong);
            println!("strong while upgraded: {}", Rc::strong_count(&strong));
        }
        None => println!("gone"),
    }
    println!("strong after: {}", Rc::strong_count(&owner));
    println!("weak after: {}", Rc::weak_count(&owner));
}
