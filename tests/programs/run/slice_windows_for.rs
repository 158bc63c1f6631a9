// `windows(n)` lends each run of `n` neighbours as a `&[T]` into the buffer.
fn main() {
    let v = vec![1, 2, 3, 4];
    for pair in v.windows(2) {
        println!("{:?} -> {}", pair, pair[1] - pair[0]);
    }
    for w in v.windows(4) {
        println!("whole {:?}", w);
    }
    for w in v.windows(5) {
        println!("never {:?}", w);
    }
    let temps = [3.5, 4.0, 2.5];
    for w in temps.windows(2).rev() {
        println!("{:?}", w);
    }
    let slice = &v[1..];
    println!("{}", slice.windows(2).count());
}
