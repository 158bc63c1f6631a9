use std::rc::Rc;
fn bump(n: &mut i32) { *n += 1; }
fn main() {
    let mut rc = Rc::new(5);
    bump(&mut rc); //~ ERROR E0596
    println!("{rc}");
}
