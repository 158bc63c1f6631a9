fn main() {
    let mut v = vec![1, 2, 3];
    let mut it = v.iter();
    v.push(4); //~ ERROR E0502
    println!("{:?}", it.next());
}
