fn main() {
    let v: Vec<i32> = vec![1, 2, 3];
    let total: i64 = v.iter().sum(); //~ ERROR E0277
    println!("{total}");
}
