fn read() -> i32 {
    42
}
fn main() {
    let d = 0;
    let q = read() / d; //~ ERROR unconditional_panic
    println!("{q}");
}
