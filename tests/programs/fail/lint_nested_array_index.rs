fn main() {
    let a = [[1, 2], [3, 4]];
    let i = 2;
    println!("{}", a[0][i]); //~ ERROR unconditional_panic
}
