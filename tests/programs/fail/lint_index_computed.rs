fn main() {
    let a = [1u8; 4];
    let i = 2;
    let j = i * 2;
    let x = a[j]; //~ ERROR unconditional_panic
    println!("{x}");
}
