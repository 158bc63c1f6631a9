fn main() {
    let mut v = vec![1, 2, 3];
    let a = v.get_mut(0);
    let b = v.get_mut(1); //~ ERROR E0499
    println!("{:?} {:?}", a, b);
}
