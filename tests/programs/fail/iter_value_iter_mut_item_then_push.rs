fn main() {
    let mut v = vec![1, 2, 3];
    let mut it = v.iter_mut();
    let a = it.next().unwrap();
    v.push(4); //~ ERROR E0499
    *a += 1;
}
