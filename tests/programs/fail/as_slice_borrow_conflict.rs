// `as_slice` borrows the vector like `&v[..]`.
fn main() {
    let mut v = vec![1, 2, 3];
    let s = v.as_slice();
    v.push(4); //~ ERROR E0502
    println!("{:?}", s);
}
