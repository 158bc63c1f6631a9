fn main() {
    let mut v = vec![1, 2, 3];
    v.extend(v.iter().map(|x| x + 1)); //~ ERROR E0502
    println!("{:?}", v);
}
