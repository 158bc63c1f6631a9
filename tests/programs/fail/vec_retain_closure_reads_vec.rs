fn main() {
    let mut v = vec![1, 2, 3];
    v.retain(|x| *x < v.len()); //~ ERROR E0502
    println!("{:?}", v);
}
