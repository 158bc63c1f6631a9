fn main() {
    let mut v = vec![1, 2];
    v.push(3);
    assert_eq!(v, vec![1, 2, 4]);
}
