use std::mem;

fn main() {
    let mut left = String::from("left");
    let mut right = String::from("right");
    mem::swap(&mut left, &mut right);
    println!("{} {}", left, right);
    let mut v = vec![1, 2, 3];
    let old = mem::replace(&mut v, vec![9]);
    println!("{:?} {:?}", old, v);
    let taken = mem::take(&mut v);
    println!("{:?} {:?} {}", taken, v, v.capacity());
    let mut n = 5;
    let m = std::mem::take(&mut n);
    println!("{} {}", m, n);
    let mut a = 1;
    let mut b = 2;
    std::mem::swap(&mut a, &mut b);
    println!("{} {}", a, b);
}
