fn main() {
    let mut r = 0..3;
    println!("{:?}", r.next());
    let rest: i32 = r.sum();
    println!("{rest}");
}
