fn main() {
    let a = i64::MIN;
    let r = a % -1; //~ ERROR unconditional_panic
    println!("{r}");
}
