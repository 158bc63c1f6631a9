fn main() {
    let v = vec![String::from("x"), String::from("yy"), String::from("zzz")];
    let mut it = v.into_iter();
    let first = it.next().unwrap();
    let lengths: usize = it.map(|s| s.len()).sum();
    println!("{first} {lengths}");
    let w = vec![5, 6, 7];
    let mut it = w.into_iter();
    it.next();
    println!("{:?}", it.max());
}
