use std::cell::RefCell;
fn bump(n: &mut i32) { *n += 1; }
fn main() {
    let cell = RefCell::new(1);
    let mut g = cell.borrow();
    bump(&mut g); //~ ERROR E0596
    println!("{}", cell.borrow());
}
