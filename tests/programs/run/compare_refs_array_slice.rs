fn main() {
    let a = [1, 2, 3, 4, 5];
    let slice = &a[1..3];
    println!("{}", slice == [2, 3]);
    println!("{}", [2, 3] == slice);
    println!("{}", slice == &[2, 3]);
    println!("{}", &[2, 3] == slice);
    println!("{}", *slice == [2, 3]);
    println!("{}", [2, 4] == *slice);
    println!("{}", slice == [2, 3, 4]);
    assert_eq!(slice, [2, 3]);
    assert_eq!([2, 3], slice);
    assert_eq!(&[2, 3], slice);
    assert_ne!(slice, &[3, 2]);
    let whole: &[i32] = &a;
    println!("{}", whole == a);
}
