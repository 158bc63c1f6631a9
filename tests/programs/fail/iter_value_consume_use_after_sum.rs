fn main() {
    let v1 = vec![1, 2, 3];
    let v1_iter = v1.iter();
    let total: i32 = v1_iter.sum();
    println!("{total} {}", v1_iter.len()); //~ ERROR E0382
}
