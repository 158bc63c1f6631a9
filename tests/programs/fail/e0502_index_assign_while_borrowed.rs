fn main() {
    let mut v = vec![1, 2, 3];
    let last = &v[2];
    v[0] = 10; //~ ERROR E0502
    println!("{last}");
}
