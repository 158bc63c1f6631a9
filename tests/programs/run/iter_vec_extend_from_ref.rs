fn main() {
    let mut v = vec![1, 2];
    let more = vec![3, 4];
    v.extend(&more);
    println!("{:?}", v);
}
