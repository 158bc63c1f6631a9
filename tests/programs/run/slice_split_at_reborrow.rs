// Through a `&mut [T]` the receiver is reborrowed in two phases, so the
// argument may read the slice; halves of halves split further.
fn halve(s: &mut [i32]) -> (&mut [i32], &mut [i32]) {
    s.split_at_mut(s.len() / 2)
}
fn main() {
    let mut data = [1, 2, 3, 4, 5, 6, 7, 8];
    let (a, b) = halve(&mut data);
    let (a1, a2) = a.split_at_mut(2);
    a1[0] = 100;
    a2[0] = 300;
    b[3] = 800;
    println!("{:?}", data);
}
