// Slices ordered lexicographically.
fn main() {
    let a = [1, 2, 3];
    let (s, t) = (&a[..2], &a[1..]);
    println!("{}", s < t); //~ UNSUPPORTED
}
