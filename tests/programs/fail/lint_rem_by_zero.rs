fn main() {
    let d: u32 = 0;
    let n: u32 = 7;
    let r = n % d; //~ ERROR unconditional_panic
    println!("{r}");
}
