// Slice patterns on slices (length known only at run time) are declined.
fn main() {
    let v = vec![1, 2, 3];
    let s = &v[..];
    match s {
        [first, ..] => println!("{first}"), //~ UNSUPPORTED
        [] => println!("empty"),
    }
}
