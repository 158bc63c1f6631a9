fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.iter() {
        *x += 1; //~ ERROR E0594
    }
    v.push(4);
}
