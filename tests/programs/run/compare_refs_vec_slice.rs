fn main() {
    let v = vec![10, 20, 30];
    let a = [0, 10, 20, 30];
    let s: &[i32] = &a[1..];
    println!("{} {}", v == s, s == v);
    println!("{}", v == *s);
    println!("{}", *s == v);
    assert_eq!(v, s);
    assert_eq!(s, v);
    assert_eq!(&s, &v);
    let t = &a[..3];
    println!("{} {}", v != t, t != v);
    println!("{:?} {:?}", v, t);
}
