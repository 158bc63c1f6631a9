// A slice pattern on a slice of a `Vec`.
fn main() {
    let v = vec![1, 2, 3];
    let s = &v[..];
    match s {
        [first, ..] => println!("{first}"),
        [] => println!("empty"),
    }
}
