// Binding the rest of a slice is declined.
fn main() {
    let v = vec![1, 2, 3];
    if let [head, tail @ ..] = &v[..] { //~ UNSUPPORTED
        println!("{head} {:?}", tail);
    }
}
