// std compares a `Vec` with an array; the model compares equal types only.
fn main() {
    let v = vec![1, 2, 3];
    assert_eq!(v, [1, 2, 3]); //~ UNSUPPORTED
}
