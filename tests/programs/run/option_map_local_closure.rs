fn main() {
    let double = |x: i32| x * 2;
    let a = Some(4).map(double);
    let b = Some(5).map(double);
    println!("{:?} {:?}", a, b);
}
