fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.iter() {
        if *x == 2 {
            v.push(*x); //~ ERROR E0502
        }
    }
}
