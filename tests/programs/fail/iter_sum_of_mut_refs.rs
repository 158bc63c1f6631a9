fn main() {
    let mut v = vec![1, 2];
    let s: i32 = v.iter_mut().sum(); //~ ERROR E0277
    println!("{s}");
}
