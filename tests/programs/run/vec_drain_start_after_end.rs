// A range that starts after it ends panics too.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    let (start, end) = (3, 1);
    for x in v.drain(start..end) {
        println!("{}", x);
    }
}
