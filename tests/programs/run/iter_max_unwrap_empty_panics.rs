fn main() {
    let v = vec![3, 1, 2];
    println!("{}", v.iter().max().unwrap());
    let empty: Vec<i32> = Vec::new();
    println!("about to unwrap");
    let m = empty.iter().max().unwrap();
    println!("{m}");
}
