fn main() {
    let mut v = vec![10, 20];
    let r = &v;
    println!("{}", r.len());
    drop(r);
    v.push(30);
    println!("{:?}", v);
}
