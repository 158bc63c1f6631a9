fn main() {
    let mut v = vec![1, 2];
    let m = &mut v;
    let view = &*m;
    println!("{}", view.len());
    m.push(3);
    println!("{:?}", v);
}
