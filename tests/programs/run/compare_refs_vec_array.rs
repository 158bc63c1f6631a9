fn main() {
    let v = vec![1, 2, 3];
    let a = [1, 2, 3];
    println!("{} {}", v == a, v != a);
    println!("{}", v == &a);
    println!("{}", v == [1, 2, 4]);
    println!("{}", v == [1, 2]);
    assert_eq!(v, a);
    assert_eq!(v, &a);
    assert_ne!(v, [3, 2, 1]);
    let r = &v;
    println!("{}", r == &a);
    println!("done");
}
