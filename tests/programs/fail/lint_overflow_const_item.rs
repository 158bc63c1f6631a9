const LIMIT: u16 = 65535;
fn main() {
    let next = LIMIT + 1; //~ ERROR arithmetic_overflow
    println!("{next}");
}
