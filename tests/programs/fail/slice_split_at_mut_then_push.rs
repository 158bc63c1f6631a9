// Both halves borrow the whole vector until their last use.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    let (a, b) = v.split_at_mut(2);
    v.push(5); //~ ERROR E0499
    println!("{:?} {:?}", a, b);
}
