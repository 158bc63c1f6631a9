fn main() {
    let mut v = vec![1, 2, 3, 4];
    let mut it = v.iter_mut();
    it.next();
    it.for_each(|x| *x *= 10);
    println!("{v:?}");
    let it = v.iter_mut();
    for x in it.rev().take(2) {
        *x += 1;
    }
    println!("{v:?}");
}
