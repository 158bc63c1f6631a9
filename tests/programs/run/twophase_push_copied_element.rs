fn duplicate_first(v: &mut Vec<i32>) {
    let first = &v[0];
    v.push(*first);
}

fn main() {
    let mut v = vec![7, 8];
    duplicate_first(&mut v);
    println!("{:?}", v);
}
