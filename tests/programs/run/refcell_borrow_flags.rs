use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(String::from("start"));
    {
        let r1 = cell.borrow();
        let r2 = cell.borrow();
        println!("two readers: {} {}", r1, r2.len());
    }
    {
        let mut w = cell.borrow_mut();
        w.push_str(" -> changed");
    }
    println!("{}", cell.borrow());
    println!("{:?}", cell);
    cell.borrow_mut().push('!');
    println!("{:?}", cell);
}
