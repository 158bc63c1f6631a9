// `to_vec` clones a slice into a new `Vec` of exactly its length.
fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let tail = v[2..].to_vec();
    println!("{:?} {} {}", tail, tail.len(), tail.capacity());
    let a = [String::from("x"), String::from("y")];
    let copied = a.to_vec();
    println!("{:?} {:?} {}", copied, a, copied.capacity());
    let whole = v.to_vec();
    println!("{:?} {}", whole, whole.capacity());
    let empty = v[5..].to_vec();
    println!("{:?} {}", empty, empty.capacity());
}
