fn main() {
    let v = vec![1, 2, 3];
    let total: i32 = v.into_iter().sum();
    println!("{total} of {}", v.len()); //~ ERROR E0382
}
