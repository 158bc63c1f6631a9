// A slice pattern in `let` is refutable: the length is not known.
fn main() {
    let v = vec![1, 2];
    let [a, b] = &v[..]; //~ ERROR E0005
    println!("{a} {b}");
}
