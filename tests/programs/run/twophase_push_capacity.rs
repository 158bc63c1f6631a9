fn main() {
    let mut v: Vec<usize> = Vec::with_capacity(2);
    v.push(v.capacity());
    v.push(v.len() + v.capacity());
    println!("{:?}", v);
}
