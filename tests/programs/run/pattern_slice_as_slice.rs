// A slice pattern on `v.as_slice()`.
fn main() {
    let v = vec![1, 2, 3];
    match v.as_slice() {
        [first, ..] => println!("{first}"),
        [] => println!("empty"),
    }
}
