fn main() {
    let double = |x: i32| x * 2;
    let v = [1, 2, 3];
    let doubled: Vec<i32> = v.into_iter().map(double).collect(); //~ UNSUPPORTED
    println!("{:?}", doubled);
}
