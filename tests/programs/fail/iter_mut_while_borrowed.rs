fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    for x in v.iter_mut() { //~ ERROR E0502
        *x += 1;
    }
    println!("{first}");
}
