// A constant's initialiser must have its declared type.
const LIMIT: u32 = "ten"; //~ ERROR E0308
fn main() {
    println!("{}", LIMIT);
}
