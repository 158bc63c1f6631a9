// `drain` of an inclusive range is not modelled.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    let d: Vec<i32> = v.drain(1..=2).collect(); //~ UNSUPPORTED
    println!("{:?} {:?}", d, v);
}
