fn main() {
    let a = [1, 2, 3];
    let i = 3;
    let s = &a[..];
    println!("{}", s[i]);
}
