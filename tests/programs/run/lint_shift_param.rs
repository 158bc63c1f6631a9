fn shift(n: u32) -> u32 {
    1 << n
}
fn main() {
    println!("{}", shift(32));
}
