fn sort_tail(s: &mut [u64]) {
    s[1..].sort();
    let mid = s.len() / 2;
    s[..mid].reverse();
}

fn main() {
    let mut a = [8, 6, 7, 5, 3, 0, 9];
    sort_tail(&mut a);
    println!("{:?}", a);
    let mut v = vec![3, 2, 1];
    sort_tail(&mut v[..]);
    println!("{:?}", v);
    sort_tail(&mut a[2..5]);
    println!("{:?}", a);
}
