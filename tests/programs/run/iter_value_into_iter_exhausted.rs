fn main() {
    let v = vec![1, 2];
    let mut it = v.into_iter();
    println!("{:?} {:?} {:?}", it.next(), it.next(), it.next());
    let w: Vec<i32> = Vec::new();
    let mut empty = w.into_iter();
    println!("{:?} {}", empty, empty.len());
    println!("{}", empty.next().unwrap());
}
