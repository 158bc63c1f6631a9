use std::cmp::{max, min};

fn main() {
    let mut v = vec![5, -2, 9, 0];
    v.sort();
    println!("{:?}", v);
    println!("{} {}", max(v[0], v[3]), min(v[0], v[3]));
    println!("{}", 15.clamp(0, 10));
    println!("{}", (-3i64).max(-7));
    println!("{}", 2.5f64.min(1.5).max(0.0));
}
