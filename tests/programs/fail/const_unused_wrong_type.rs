// A constant is checked even when nothing uses it.
const UNUSED: u32 = "text"; //~ ERROR E0308
fn main() {
    println!("hi");
}
