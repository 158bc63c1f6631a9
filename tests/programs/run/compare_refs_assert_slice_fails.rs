fn main() {
    let a = [1, 2, 3, 4, 5];
    let slice = &a[1..3];
    assert_eq!(slice, &[2, 3]);
    println!("first assertion held");
    assert_eq!(slice, &[2, 4]);
    println!("not reached");
}
