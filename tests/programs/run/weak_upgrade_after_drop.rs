use std::rc::Rc;

struct Node(i32);

impl Drop for Node {
    fn drop(&mut self) {
        println!("node {} dropped", self.0);
    }
}

fn main() {
    let owner = Rc::new(Node(5));
    let weak = Rc::downgrade(&owner);
    println!("before: {}", weak.upgrade().is_some());
    drop(owner);
    println!("after: {}", weak.upgrade().is_none());
    if let Some(node) = weak.upgrade() {
        println!("unexpected {}", node.0);
    } else {
        println!("upgrade failed");
    }
    println!("end of main");
}
