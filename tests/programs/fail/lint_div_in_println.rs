fn main() {
    let d = 0;
    let n = 10;
    println!("{}", n / d); //~ ERROR unconditional_panic
}
