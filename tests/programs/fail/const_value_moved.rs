// A binding initialised from a constant owns its value like any other.
const EMPTY: String = String::new();
fn main() {
    let a = EMPTY;
    let b = a;
    println!("{} {}", a, b); //~ ERROR E0382
}
