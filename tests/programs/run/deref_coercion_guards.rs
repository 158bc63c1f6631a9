use std::rc::Rc;
use std::cell::RefCell;
fn show(n: &i32) -> i32 { *n }
fn bump(n: &mut i32) { *n += 1; }
fn main() {
    let rc = Rc::new(5);
    println!("{}", show(&rc));
    let mut b = Box::new(1);
    bump(&mut b);
    println!("{b}");
    let cell = RefCell::new(3);
    let g = cell.borrow();
    println!("{}", show(&g));
    drop(g);
    let mut m = cell.borrow_mut();
    bump(&mut m);
    drop(m);
    println!("{:?}", cell);
    let v = vec![String::from("a")];
    let names: Vec<&str> = v.iter().map(|s| s.as_str()).collect();
    println!("{:?}", names);
}
