use std::rc::Rc;

fn main() {
    let count = Rc::new(1);
    *count = 2; //~ ERROR E0594
    println!("{}", count);
}
