fn main() {
    let v = vec![1, 2, 3];
    let it = v.iter();
    println!("{:?}", it.next()); //~ ERROR E0596
}
