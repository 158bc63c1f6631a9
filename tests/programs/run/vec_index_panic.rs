fn main() {
    let v = vec![1, 2];
    println!("before");
    let i = 5;
    println!("{}", v[i]);
}
