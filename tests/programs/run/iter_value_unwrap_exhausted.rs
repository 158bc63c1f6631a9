fn main() {
    let v = vec![7];
    let mut it = v.iter();
    println!("{}", it.next().unwrap());
    println!("{}", it.next().unwrap());
}
