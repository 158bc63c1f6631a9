// A `Vec` of boxed closures borrowing locals.
fn main() {
    let base = 10;
    let name = String::from("n");
    let mut actions: Vec<Box<dyn Fn() -> String + '_>> = Vec::new();
    actions.push(Box::new(|| format!("{name}{base}")));
    actions.push(Box::new(|| format!("{}", base * 2)));
    for action in &actions {
        println!("{}", action());
    }
    drop(actions);
    println!("{name}");
}
