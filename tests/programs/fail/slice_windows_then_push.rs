// The loop holds the borrow `windows` took until it ends.
fn main() {
    let mut v = vec![1, 2, 3];
    for _w in v.windows(2) {
        v.push(0); //~ ERROR E0502
    }
}
