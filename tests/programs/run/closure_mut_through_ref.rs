fn bump_all(values: &mut Vec<i32>) {
    let mut add = |x: i32| values.push(x);
    add(1);
    add(2);
}
fn main() {
    let mut v = vec![0];
    bump_all(&mut v);
    println!("{:?}", v);
}
