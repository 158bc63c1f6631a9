fn main() {
    let v = vec![1, 22, 333];
    let texts: Vec<String> = v.iter().map(i32::to_string).collect();
    let joined: Vec<String> = v.iter().map(ToString::to_string).collect();
    let abs: Vec<i32> = [-1, 2, -3].into_iter().map(i32::abs).collect();
    println!("{:?} {:?} {:?}", texts, joined, abs);
}
