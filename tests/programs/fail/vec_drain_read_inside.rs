// Not even a read of `v` while the drain holds it.
fn main() {
    let mut v = vec![1, 2, 3];
    for _x in v.drain(1..) {
        println!("{}", v.len()); //~ ERROR E0502
    }
}
