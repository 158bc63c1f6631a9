// A chunk size of zero panics when the iterator is made.
fn main() {
    let v = vec![1, 2, 3];
    let size = v.len() - 3;
    for w in v.windows(1) {
        println!("{:?}", w);
    }
    for c in v.chunks(size) {
        println!("{:?}", c);
    }
    println!("unreachable");
}
