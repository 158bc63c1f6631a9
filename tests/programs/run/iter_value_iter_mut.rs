fn main() {
    let mut v = vec![1, 2, 3, 4];
    let mut it = v.iter_mut();
    let a = it.next().unwrap();
    let b = it.next().unwrap();
    // Two items of one `iter_mut` are two distinct elements.
    *a += 10;
    *b += 20;
    for x in it {
        *x *= 100;
    }
    println!("{:?}", v);
}
