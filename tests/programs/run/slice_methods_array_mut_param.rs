use std::cmp::Ordering;
fn sort_it(s: &mut [i32]) {
    s.sort_by_key(|x| -x);
    s.sort_by(|a, b| if a < b { Ordering::Less } else if a > b { Ordering::Greater } else { Ordering::Equal });
    s.sort();
    s.reverse();
}
fn main() {
    let mut v = vec![4, 1, 3, 2, 7, 6];
    v[1..].sort();
    println!("{:?}", v);
    v[..3].reverse();
    println!("{:?}", v);
    sort_it(&mut v);
    println!("{:?}", v);
    let mut a = [3, 1, 2];
    sort_it(&mut a);
    println!("{:?}", a);
    let mut calls = 0;
    a.sort_by_key(|x| { calls += 1; *x });
    println!("{:?} {calls}", a);
}
