fn main() {
    let mut a = [0; 3];
    let i = 7;
    a[i] = 1; //~ ERROR unconditional_panic
    println!("{:?}", a);
}
