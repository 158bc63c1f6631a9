// Inside a body, `Box<dyn Fn()>`'s object lifetime is inferred, so a boxed
// closure may borrow a local that outlives the box.
fn main() {
    let name = String::from("ann");
    let greet: Box<dyn Fn()> = Box::new(|| println!("hi {name}"));
    greet();
}
