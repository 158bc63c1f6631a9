fn main() {
    let v = vec![1, 2, 3];
    let end = v.len() + 2;
    println!("before");
    let s = &v[1..end];
    println!("unreachable {:?}", s);
}
