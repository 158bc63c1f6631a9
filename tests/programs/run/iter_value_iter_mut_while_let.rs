fn main() {
    let mut scores = [3, 9, 4];
    let mut it = scores.iter_mut();
    while let Some(s) = it.next() {
        if *s > 5 {
            *s = 5;
        }
    }
    println!("{:?}", scores);
    let mut it = scores.iter_mut();
    println!("{:?}", it);
    it.next();
    println!("{:?} {}", it, it.len());
}
