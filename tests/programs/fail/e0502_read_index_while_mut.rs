fn main() {
    let mut v = vec![1, 2, 3];
    let all = &mut v;
    let x = v[0]; //~ ERROR E0502
    all.push(x);
    println!("{:?}", v);
}
