use std::cell::RefCell;
use std::rc::Rc;

struct Inbox {
    messages: Vec<String>,
}

fn main() {
    let inbox = Rc::new(RefCell::new(Inbox { messages: Vec::new() }));
    let alice = Rc::clone(&inbox);
    let bob = Rc::clone(&inbox);
    alice.borrow_mut().messages.push(String::from("hi from alice"));
    bob.borrow_mut().messages.push(String::from("hi from bob"));
    let count = inbox.borrow().messages.len();
    println!("{} messages", count);
    for m in &inbox.borrow().messages {
        println!("- {}", m);
    }
    println!("capacity {}", inbox.borrow().messages.capacity());
}
