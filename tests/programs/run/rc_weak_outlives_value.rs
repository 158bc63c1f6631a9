use std::rc::Rc;

struct Tracker(i32);

impl Drop for Tracker {
    fn drop(&mut self) {
        println!("tracker {} dropped", self.0);
    }
}

fn main() {
    let owner = Rc::new(Tracker(7));
    let observer = Rc::downgrade(&owner);
    println!("weak pointers: {}", Rc::weak_count(&owner));
    drop(owner);
    println!("value gone, weak pointer still held");
    drop(observer);
    println!("done");
}
