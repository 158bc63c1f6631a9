fn main() {
    let a = [10, 20, 30];
    let x = a[3]; //~ ERROR unconditional_panic
    println!("{x}");
}
