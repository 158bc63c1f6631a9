fn main() {
    let mut v = vec![1, 2, 3];
    for (a, b) in v.iter_mut().zip(v.iter_mut()) { //~ ERROR E0499
        *a += *b;
    }
}
