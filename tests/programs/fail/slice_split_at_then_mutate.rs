// A shared half keeps the vector borrowed.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    let (first, _) = v.split_at(1);
    v.push(7); //~ ERROR E0502
    println!("{:?}", first);
}
