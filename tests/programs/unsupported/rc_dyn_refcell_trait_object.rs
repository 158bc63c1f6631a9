use std::cell::RefCell;
use std::rc::Rc;

trait Counter {
    fn bump(&mut self);
}

struct Clicks(u32);

impl Counter for Clicks {
    fn bump(&mut self) {
        self.0 += 1;
    }
}

fn main() {
    let shared: Rc<RefCell<dyn Counter>> = Rc::new(RefCell::new(Clicks(0))); //~ UNSUPPORTED
    shared.borrow_mut().bump();
}
