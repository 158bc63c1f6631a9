// A `windows` iterator kept in a variable is not modelled.
fn main() {
    let v = vec![1, 2, 3];
    let mut it = v.windows(2); //~ UNSUPPORTED
    println!("{:?}", it.next());
}
