fn main() {
    let a = [1, 2, 3];
    let mut i = 0;
    i = 4;
    let v = a[i]; //~ ERROR unconditional_panic
    println!("{v}");
}
