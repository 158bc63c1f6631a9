fn main() {
    let a = i32::MIN;
    let b = -1;
    let q = a / b; //~ ERROR unconditional_panic
    println!("{q}");
}
