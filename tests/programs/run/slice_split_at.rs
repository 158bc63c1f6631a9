// `split_at` shares both halves; `mid` may be 0 or the length.
fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let (a, b) = v.split_at(2);
    println!("{:?} {:?} {} {}", a, b, a.len(), b.len());
    let (none, all) = v.split_at(0);
    println!("{:?} {:?}", none, all);
    let (all, none) = v.split_at(v.len());
    println!("{:?} {:?}", all, none);
    let words = ["a", "b", "c"];
    let (head, tail) = words.split_at(1);
    println!("{:?} {:?}", head, tail);
    let slice = &v[1..];
    let (x, y) = slice.split_at(3);
    println!("{:?} {:?} {:?}", x, y, v);
}
