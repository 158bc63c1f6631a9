fn main() {
    let v = vec![1, 2, 3];
    let doubled: Vec<String> = v.iter().map(|x| x * 2).collect(); //~ ERROR E0277
    println!("{:?}", doubled);
}
