// A `Vec` receiver is dereferenced before the argument is evaluated, so its
// unique borrow is already active when `v.len()` reads it.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    let (a, b) = v.split_at_mut(v.len() / 2); //~ ERROR E0502
    a[0] += b[0];
    println!("{:?}", v);
}
