// A drain that is not consumed in the same expression is not modelled.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    v.drain(1..3); //~ UNSUPPORTED
    println!("{:?}", v);
}
