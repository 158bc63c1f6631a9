fn main() {
    let mut v = vec![1, 2, 3];
    let mut a = v.iter_mut();
    let mut b = v.iter_mut(); //~ ERROR E0499
    *a.next().unwrap() += 1;
    *b.next().unwrap() += 1;
}
