fn main() {
    let v = vec![1, 2, 3];
    let w: Vec<i32> = v.iter().filter_map(|x| x * 2).collect(); //~ ERROR E0308
    println!("{:?}", w);
}
