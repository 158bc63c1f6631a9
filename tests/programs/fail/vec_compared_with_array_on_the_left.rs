fn main() {
    let v = vec![1, 2];
    let same = [1, 2] == v; //~ ERROR E0277
    println!("{}", same);
}
