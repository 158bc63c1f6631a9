// `split_at` past the end panics with std's message.
fn main() {
    let v = vec![1, 2, 3];
    let (a, b) = v.split_at(3);
    println!("{:?} {:?}", a, b);
    let (c, d) = v.split_at(4);
    println!("{:?} {:?}", c, d);
}
