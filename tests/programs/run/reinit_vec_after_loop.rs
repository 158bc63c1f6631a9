fn main() {
    let mut v = vec![1, 2, 3];
    let mut sum = 0;
    for x in &v {
        sum += *x;
    }
    v = vec![sum];
    println!("{:?}", v);
}
