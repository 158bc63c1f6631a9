fn main() {
    let v = vec![10, 20, 30, 40];
    let mut it = v.iter();
    println!("{:?}", it.next());
    println!("{:?}", it.next());
    let rest: i32 = it.sum();
    println!("rest {rest}");
}
