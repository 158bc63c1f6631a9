fn main() {
    let a = 1;
    let b = 2;
    let refs = vec![&a, &b];
    let total: i32 = refs.iter().sum(); //~ ERROR E0277
    println!("{total}");
}
