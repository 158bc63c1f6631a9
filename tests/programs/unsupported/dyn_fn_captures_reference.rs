// The model keeps no regions inside a trait object, so a boxed closure
// borrowing a local is declined rather than checked.
fn main() {
    let name = String::from("ann");
    let greet: Box<dyn Fn()> = Box::new(|| println!("hi {name}")); //~ UNSUPPORTED
    greet();
}
