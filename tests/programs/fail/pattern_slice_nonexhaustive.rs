// A slice match that misses slices of two or more elements.
fn main() {
    let v = vec![1];
    match &v[..] { //~ ERROR E0004
        [] => println!("empty"),
        [x] => println!("{x}"),
    }
}
