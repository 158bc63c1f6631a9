// A mutable borrow takes away all of the owner's permissions, reading
// included, while the reference is in use. The reference itself can be
// read and owned (moved), not written: it is not `let mut`. What it points
// to, `*num`, can be read and written but not owned.
fn main() {
    let mut v = vec![1, 2, 3];
    let num = &mut v[2];
    *num += 1;
    println!("{}", *num);
    println!("{:?}", v);
}
