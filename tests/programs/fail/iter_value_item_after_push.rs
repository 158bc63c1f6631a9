fn main() {
    let mut v = vec![1, 2, 3];
    let mut it = v.iter();
    let first = it.next().unwrap();
    v.push(4); //~ ERROR E0502
    println!("{first}");
}
