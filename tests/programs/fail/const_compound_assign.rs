// A constant cannot be the target of a compound assignment either.
const COUNT: u32 = 0;
fn main() {
    COUNT += 1; //~ ERROR E0067
    println!("{}", COUNT);
}
