fn main() {
    let v = vec![4, 2, 0, 1];
    let mut it = v.iter();
    it.next();
    let quotients: Vec<i32> = it.map(|x| 8 / x).collect();
    println!("{quotients:?}");
}
