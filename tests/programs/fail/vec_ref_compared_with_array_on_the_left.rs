fn main() {
    let v = vec![1, 2];
    let different = [1, 2] != &v; //~ ERROR E0277
    println!("{}", different);
}
