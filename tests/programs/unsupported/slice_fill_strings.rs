// `fill` with values that are not `Copy` clones them and drops the old
// elements; the model fills only with `Copy` values.
fn main() {
    let mut names = vec![String::from("a"), String::from("b")];
    names.fill(String::from("z")); //~ UNSUPPORTED
    println!("{:?}", names);
}
