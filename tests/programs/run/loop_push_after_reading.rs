fn main() {
    let mut v = vec![1, 2];
    let mut i = 0;
    while i < 3 {
        let last = v[v.len() - 1];
        v.push(last * 2);
        i += 1;
    }
    println!("{:?}", v);
}
