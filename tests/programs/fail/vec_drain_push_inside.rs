// The drain holds `&mut v` until it ends.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.drain(..) {
        v.push(x); //~ ERROR E0499
    }
}
