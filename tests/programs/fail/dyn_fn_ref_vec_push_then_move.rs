// A vector of boxed closures keeps the borrow of `name` alive.
fn main() {
    let name = String::from("n");
    let mut actions: Vec<Box<dyn Fn() -> usize + '_>> = Vec::new();
    actions.push(Box::new(|| name.len()));
    let moved = name; //~ ERROR E0505
    for action in &actions {
        println!("{} {moved}", action());
    }
}
