fn main() {
    let a = [1, 2, 3];
    let r = &a;
    let i = r.len();
    println!("{}", a[i]);
}
