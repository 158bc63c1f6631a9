// Two `&mut` ranges of one vector are two unique borrows of all of it:
// the checker does not look at the ranges. `split_at_mut` is the way.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    let left = &mut v[..2];
    let right = &mut v[2..]; //~ ERROR E0499
    println!("{:?} {:?}", left, right);
}
