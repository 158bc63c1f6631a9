// `drain` (its tail moved down, what is not taken dropped when it ends) is
// not modelled yet.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5];
    let taken: Vec<i32> = v.drain(1..3).collect(); //~ UNSUPPORTED
    println!("{:?} {:?}", taken, v);
}
