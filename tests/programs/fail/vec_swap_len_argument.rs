// `swap` is a slice method: the `Vec` is dereferenced to `&mut [T]` before
// the arguments are evaluated, so reading `v.len()` there conflicts.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    v.swap(0, v.len() - 1); //~ ERROR E0502
    println!("{:?}", v);
}
