fn main() {
    let v = vec![1, 2, 3, 4];
    let it = v.iter();
    let s: i32 = it.step_by(2).sum(); //~ UNSUPPORTED
    println!("{s}");
}
