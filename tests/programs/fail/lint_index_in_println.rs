fn main() {
    let a = [1, 2, 3];
    let i = 5;
    println!("{}", a[i]); //~ ERROR unconditional_panic
}
