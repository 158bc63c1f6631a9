use std::cell::RefCell;
fn main() {
    let len = {
        let items = RefCell::new(vec![1, 2]);
        items.borrow_mut().push(3);
        items.borrow_mut().len() //~ ERROR E0597
    };
    println!("{len}");
}
