fn describe(s: &[i32]) {
    println!("{} {} {:?} {:?}", s.len(), s.is_empty(), s.first(), s.get(1));
    println!("{} {:?}", s.contains(&3), s.to_vec());
    let (left, right) = s.split_at(s.len() / 2);
    println!("{:?} {:?}", left, right);
    for x in s.iter() {
        print!("{x};");
    }
    println!();
}

fn main() {
    let a = [3, 1, 4, 1, 5];
    describe(&a);
    describe(&a[1..3]);
    let v = vec![2, 7];
    describe(&v);
    describe(&[]);
}
