fn main() {
    let v = vec![1, 2, 3];
    let i = 5;
    println!("{}", v[i]);
}
