fn main() {
    let mut v = vec![1, 2, 3];
    v.push(4);
    assert_ne!(v, [1, 2, 3]);
    println!("{:?}", v);
    assert_eq!(v, [1, 2, 3], "pushed {} values", v.len());
}
