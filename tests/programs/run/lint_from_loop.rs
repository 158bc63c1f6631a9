fn main() {
    let a = [1, 2, 3];
    for i in 0..5 {
        println!("{}", a[i]);
    }
}
