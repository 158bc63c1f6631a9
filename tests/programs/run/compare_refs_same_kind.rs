fn main() {
    let a = [1, 2];
    let b = [1, 2];
    println!("{} {}", &a == &b, &&a != &&b);
    assert_eq!(&a, &b);
    let v = vec![3, 4];
    let w = vec![3, 5];
    println!("{} {}", &v == &w, &v < &w);
    assert_ne!(&v, &w);
    println!("{}", &v == &[3, 4]);
    assert_eq!(&v, &[3, 4]);
    let s = &v[..];
    let t = &w[..1];
    println!("{} {}", &s == &t, s != t);
}
