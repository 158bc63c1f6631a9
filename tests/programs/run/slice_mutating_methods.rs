// `swap`, `reverse` and `fill` on arrays, slices and `Vec`s.
fn main() {
    let mut a = [1, 2, 3, 4, 5];
    a.swap(0, 4);
    println!("{:?}", a);
    a.reverse();
    println!("{:?}", a);
    let middle = &mut a[1..4];
    middle.reverse();
    middle.swap(0, 2);
    println!("{:?}", a);
    a[..2].fill(0);
    println!("{:?}", a);
    let mut v = vec![1.5, 2.5, 3.5];
    v.fill(9.0);
    v[1..].reverse();
    println!("{:?}", v);
    let mut flags = [false; 4];
    flags[2..].fill(true);
    println!("{:?}", flags);
}
