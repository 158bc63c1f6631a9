// `swap` checks both indices.
fn main() {
    let mut a = [1, 2, 3];
    a.swap(0, 2);
    println!("{:?}", a);
    let s = &mut a[..];
    s.swap(1, 3);
    println!("{:?}", s);
}
