fn main() {
    let mut v = vec![1, 2, 3];
    let mut it = v.iter();
    let a = it.next().unwrap();
    println!("{a}");
    // `it` and `a` are not used again: the borrow of `v` has ended.
    v.push(4);
    println!("{:?}", v);
}
