use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    val: i32,
    children: Vec<Rc<RefCell<Node>>>,
}

fn main() {
    let leaf = Rc::new(RefCell::new(Node { val: 3, children: vec![] }));
    let branch = Rc::new(RefCell::new(Node { val: 5, children: vec![Rc::clone(&leaf)] }));
    leaf.borrow_mut().val += 1;
    println!("{} {}", branch.borrow().children[0].borrow().val, branch.borrow().val);
    let first = *branch.borrow().children.first().map(|c| c.borrow().val).as_ref().unwrap_or(&0);
    branch.borrow().children[0].borrow_mut().val *= 10;
    println!("{first} {}", leaf.borrow().val);
}
