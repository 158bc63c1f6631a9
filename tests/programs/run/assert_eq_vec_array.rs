// std compares a `Vec` with an array, as slices.
fn main() {
    let v = vec![1, 2, 3];
    assert_eq!(v, [1, 2, 3]);
}
