// A constant cannot use a local variable of the function around it.
fn main() {
    let base = 10;
    const LIMIT: i32 = base * 2; //~ ERROR E0435
    println!("{} {}", base, LIMIT);
}
