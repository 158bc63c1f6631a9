fn main() {
    let d = 0;
    let q = 10 / d; //~ ERROR unconditional_panic
    println!("{q}");
}
