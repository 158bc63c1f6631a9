use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(String::from("ink"));
    let reader = cell.borrow();
    println!("reading {}", reader);
    let mut writer = cell.try_borrow_mut().unwrap();
    writer.push('!');
}
