// A boxed trait object's destructor may use its borrows when it is dropped.
fn main() {
    let mut k = 1;
    let g: Box<dyn Fn()> = Box::new(|| println!("{k}"));
    g();
    k += 1; //~ ERROR E0506
    println!("{k}");
}
