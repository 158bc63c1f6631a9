// A shared borrow of `v` takes away its write and own permissions, not its
// read: `v` can still be read while `num` is in use. The borrow ends at
// `num`'s last use, not at the end of the scope (NLL), and `v` gets W and O
// back. Past its own last use, `v` has no permissions left.
fn main() {
    let mut v = vec![1, 2, 3];
    let num = &v[2];
    println!("{} {}", *num, v.len());
    v.push(4);
}
