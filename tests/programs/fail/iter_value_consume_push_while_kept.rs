fn main() {
    let mut v = vec![1, 2, 3];
    let it = v.iter();
    v.push(4); //~ ERROR E0502
    let total: i32 = it.sum();
    println!("{total}");
}
