fn main() {
    let mut a = [5, 3, 8, 1, 9, 2];
    a.sort();
    println!("{:?}", a);
    a.reverse();
    println!("{:?}", a);
    a.swap(0, 5);
    println!("{:?} {} {}", a, a.contains(&8), a.contains(&7));
    a.sort_unstable();
    println!("{:?} {:?}", a.binary_search(&8), a.binary_search(&4));
    a.fill(7);
    println!("{:?} {:?} {:?}", a, a.first(), a.last());
    println!("{} {} {:?} {:?}", a.len(), a.is_empty(), a.get(2), a.get(10));
    if let Some(x) = a.get_mut(1) { *x = 0; }
    let v = a.to_vec();
    println!("{:?}", v);
    let (l, r) = a.split_at(2);
    println!("{:?} {:?}", l, r);
    for x in a.iter() { print!("{x} "); }
    println!();
}
