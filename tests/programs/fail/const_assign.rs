// A constant is not a place: it cannot be assigned to.
const COUNT: u32 = 0;
fn main() {
    COUNT = 3; //~ ERROR E0070
    println!("{}", COUNT);
}
