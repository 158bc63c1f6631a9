// A borrow of a fresh constant value follows the usual rules.
const EMPTY: Vec<i32> = Vec::new();
fn main() {
    let mut v = EMPTY;
    let first = &v;
    v.push(1); //~ ERROR E0502
    println!("{:?}", first);
}
