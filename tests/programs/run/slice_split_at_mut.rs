// `split_at_mut` gives two unique borrows of one buffer: both halves can be
// written at the same time, because they cannot overlap.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5];
    let (left, right) = v.split_at_mut(2);
    left[0] = 10;
    right[0] = 30;
    std::mem::swap(&mut left[1], &mut right[2]);
    println!("{:?} {:?}", left, right);
    println!("{:?}", v);
    let mut grid = [1, 2, 3, 4];
    let (top, bottom) = grid.split_at_mut(2);
    for (a, b) in top.iter_mut().zip(bottom.iter()) {
        *a += *b;
    }
    println!("{:?}", grid);
}
