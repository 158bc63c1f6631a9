fn main() {
    let mut v = vec![9, 8, 7, 6, 5, 4, 3];
    v[2..5].sort();
    println!("{:?}", v);
    v[..4].sort_by_key(|x| *x % 3);
    println!("{:?}", v);
    let mut a = [5, 1, 4, 2, 3];
    a[1..].sort_unstable();
    println!("{:?}", a);
    a[..3].reverse();
    a[3..].fill(0);
    println!("{:?} {}", a, a[..2].contains(&4));
    let mut count = 0;
    a[..].sort_unstable_by_key(|x| {
        count += 1;
        *x
    });
    println!("{:?} after {} keys", a, count);
}
