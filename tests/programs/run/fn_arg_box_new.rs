fn main() {
    let v = vec![1, 2];
    let boxes: Vec<Box<i32>> = v.iter().copied().map(Box::new).collect();
    println!("{:?}", boxes);
}
